using Trackside.Model;

namespace Trackside.Validate;

/// <summary>
/// What validation keeps of a content file once it is checked: its item (null when its id is invalid or
/// it failed to load), without the YAML tree it was bound from.
/// </summary>
public sealed record CheckedFile(string Path, ContentKind Kind, string Id, bool IsBroken, Item? Item);
