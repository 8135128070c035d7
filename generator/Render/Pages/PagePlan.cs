namespace Trackside.Render.Pages;

/// <summary>One page to render: where it goes, which template draws it, and its model.</summary>
public sealed record PagePlan(string Path, string Template, object Model, string Title, string Description, DateOnly? Updated);
