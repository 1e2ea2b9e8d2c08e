using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Streams.Generators.Tests.Driver;

/// <summary>Stands in for MSBuild's <c>build_property.*</c> values (set through CompilerVisibleProperty): one
/// property set to true or false, or left unset when null.</summary>
internal sealed class BuildProperties(string name, bool? value) : AnalyzerConfigOptionsProvider
{
    public static BuildProperties With(string name, bool? value) => new(name, value);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Global("build_property." + name, value);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global.Empty;

    private sealed class Global(string key, bool? value) : AnalyzerConfigOptions
    {
        public static readonly Global Empty = new("", null);

        public override bool TryGetValue(string asked, out string text)
        {
            text = value is { } on ? (on ? "true" : "false") : "";
            return value is not null && asked == key;
        }
    }
}
