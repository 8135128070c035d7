using Trackside.Model;

namespace Trackside.Render.Extras;

/// <summary>Every item by kind (in <see cref="ContentKinds.Items"/> order), then by id; the sort is kept between the builds of a session.</summary>
internal sealed class ItemOrder
{
    private readonly Dictionary<ContentKind, SortOrder> _ids = ContentKinds.Items.ToDictionary(k => k, _ => new SortOrder());

    public IEnumerable<Item> Of(ContentSet content) =>
        ContentKinds.Items.SelectMany(kind => _ids[kind].Sort(content.IdsOf(kind).ToArray()).Select(id => content.Find(kind, id)!));
}
