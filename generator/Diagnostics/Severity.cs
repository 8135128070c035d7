namespace Trackside.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
