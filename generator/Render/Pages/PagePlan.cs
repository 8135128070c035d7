namespace Trackside.Render.Pages;

/// <summary>
/// One page to render: where it goes, which template draws it, how to build its model, and a
/// fingerprint of everything the page shows. The model is built only when the page is rendered,
/// so an incremental rebuild skips both for a page whose fingerprint is unchanged.
/// </summary>
public sealed record PagePlan(string Path, string Template, Func<object> Model, string Title, string Description, DateOnly? Updated, PageInputs Inputs);
