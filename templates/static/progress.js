/* Trackside: progress ticks on a progression page. Each stage's ticks are kept in this browser's
   localStorage under "trackside-progress:<progression id>:<stage anchor>", and nowhere else:
   nothing is sent over the network. Without JavaScript (or with storage blocked) the boxes stay
   plain checkboxes, and the printed sheet has empty boxes to tick with a pen. */
(function () {
  'use strict';
  var article = document.querySelector('[data-progress]');
  if (!article) return;

  var storage;
  try {
    storage = window.localStorage;
    storage.setItem('trackside-progress:probe', '1');
    storage.removeItem('trackside-progress:probe');
  } catch (e) {
    return; // storage turned off: keep the plain boxes
  }

  // The progression's id is its file name: progressions/<id>.html (or <id> on hosts that drop .html).
  var file = decodeURIComponent(location.pathname.split('/').pop() || '');
  var id = file.replace(/\.html$/, '') || 'index';
  var prefix = 'trackside-progress:' + id + ':';
  var stages = Array.prototype.slice.call(article.querySelectorAll('fieldset.ticks[data-stage]'));
  var tools = article.querySelector('.progress-tools');
  var status = article.querySelector('.progress-status');

  function boxes(fieldset) {
    return Array.prototype.slice.call(fieldset.querySelectorAll('input[type=checkbox]'));
  }

  function key(fieldset) {
    return prefix + fieldset.getAttribute('data-stage');
  }

  function read(fieldset) {
    try {
      var value = JSON.parse(storage.getItem(key(fieldset)) || '[]');
      return Array.isArray(value) ? value.map(String) : [];
    } catch (e) {
      return [];
    }
  }

  function show(fieldset) {
    var ticked = read(fieldset);
    boxes(fieldset).forEach(function (box) { box.checked = ticked.indexOf(box.value) >= 0; });
    var stage = fieldset.closest('.stage');
    if (stage) stage.classList.toggle('stage-finished', ticked.indexOf('done') >= 0);
  }

  function save(fieldset) {
    var ticked = boxes(fieldset).filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    try {
      if (ticked.length) storage.setItem(key(fieldset), JSON.stringify(ticked));
      else storage.removeItem(key(fieldset));
    } catch (e) {
      say('Could not save: this browser’s storage is full or turned off.');
      return;
    }
    show(fieldset);
    say('Saved on this device.');
  }

  function say(text) {
    if (status) status.textContent = text;
  }

  stages.forEach(function (fieldset) {
    show(fieldset);
    fieldset.addEventListener('change', function () { save(fieldset); });
  });

  var reset = tools && tools.querySelector('.progress-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      if (!window.confirm('Clear all your ticks for this progression on this device?')) return;
      stages.forEach(function (fieldset) {
        storage.removeItem(key(fieldset));
        show(fieldset);
      });
      say('Ticks cleared.');
    });
  }
  if (tools) tools.hidden = false;

  // Another tab of the same site ticked a box: show it here too.
  window.addEventListener('storage', function (event) {
    stages.forEach(function (fieldset) {
      if (event.key === null || event.key === key(fieldset)) show(fieldset);
    });
  });
})();
