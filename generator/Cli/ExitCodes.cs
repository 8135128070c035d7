namespace Trackside.Cli;

/// <summary>The process exit codes: part of the tool's contract with scripts and CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
}
