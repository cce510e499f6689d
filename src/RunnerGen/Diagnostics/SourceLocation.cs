namespace RunnerGen.Diagnostics;

/// <summary>A 1-based position in a file, printed the way compilers do: <c>file(line,col)</c>.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that names only a file (line and column unknown).</summary>
    public static SourceLocation InFile(string file) => new(file, 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
