namespace RunnerGen.Rendering;

/// <summary>The format of a rendered file; decides its parse-back check and comment syntax.</summary>
public enum OutputFormat
{
    /// <summary>TOML.</summary>
    Toml,

    /// <summary>YAML.</summary>
    Yaml,

    /// <summary>HCL (Terraform): checked for structure by <see cref="Formats.HclSyntax"/>; the policy does not read it.</summary>
    Hcl,
}
