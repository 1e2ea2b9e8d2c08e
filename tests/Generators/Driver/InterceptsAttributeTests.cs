using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Streams.Generators.Emission;
using Xunit;

namespace Streams.Generators.Tests.Driver;

/// <summary>
/// Where <c>[InterceptsLocation]</c> comes from (Emission/InterceptsAttribute.cs): one internal declaration for the
/// compilation when none is visible; the user's own when exactly one is visible (declaring another would warn CS0436 or
/// clash); a file-local copy in every generated file when several are. In each case the fused build has no diagnostic
/// and computes what the library computes, and the per-site files do or do not declare the attribute accordingly.
/// </summary>
public class InterceptsAttributeTests
{
    private const string Pipeline = "Pull.From(a).Map(x => x * 2).Filter(x => x > 3).Sum()";
    private const string Second = "using Streams; public static class Second { public static long Run(int[] a) => Pull.From(a).Skip(1).Take(3).Sum(); }";

    private const string OwnAttribute = """
        namespace System.Runtime.CompilerServices
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            internal sealed class InterceptsLocationAttribute : System.Attribute
            {
                public InterceptsLocationAttribute(int version, string data)
                {
                    _ = version;
                    _ = data;
                }
            }
        }
        """;

    [Fact]
    public void With_none_visible_one_declaration_serves_every_site()
    {
        var compilation = Harness.Compile(Harness.Snippet(Pipeline), Second);
        var (result, output, _) = Harness.Generate(compilation);

        Assert.Equal(AttributeSource.Shared, InterceptsAttribute.Choose(compilation));
        Assert.Single(result.GeneratedSources, s => s.HintName == InterceptsAttribute.HintName);
        Assert.Equal(2, Harness.Sites(result).Length);
        Assert.All(Harness.Sites(result), s => Assert.DoesNotContain("class InterceptsLocationAttribute", s.SourceText.ToString()));
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Fact]
    public void With_the_users_own_the_generated_code_binds_to_it()
    {
        var compilation = Harness.Compile(Harness.Snippet(Pipeline), OwnAttribute);
        var (result, output, _) = Harness.Generate(compilation);

        Assert.Equal(AttributeSource.Existing, InterceptsAttribute.Choose(compilation));
        var site = Assert.Single(result.GeneratedSources);
        Assert.DoesNotContain("class InterceptsLocationAttribute", site.SourceText.ToString());
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }

    [Fact]
    public void With_several_visible_each_file_declares_its_own()
    {
        // A referenced assembly that exposes the attribute, and the user's own: two visible declarations.
        var library = CSharpCompilation.Create(
            "Exposes",
            [CSharpSyntaxTree.ParseText(OwnAttribute.Replace("internal sealed", "public sealed", StringComparison.Ordinal), Harness.ParseOptions)],
            Harness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var compilation = Harness.Compile(Harness.Snippet(Pipeline), OwnAttribute).AddReferences(library.ToMetadataReference());
        var (result, output, _) = Harness.Generate(compilation);

        Assert.Equal(AttributeSource.Local, InterceptsAttribute.Choose(compilation));
        var site = Assert.Single(result.GeneratedSources);
        Assert.Contains("file sealed class InterceptsLocationAttribute", site.SourceText.ToString());
        Assert.Equal(Harness.Execute(compilation), Harness.Execute(output));
    }
}
