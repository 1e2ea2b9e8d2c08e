using System.Reflection;

namespace Streams.Generators.Tests.Equivalence;

/// <summary>Pairs each fused shape with its runtime twin, by method name.</summary>
internal static class ShapeTable
{
    public delegate object Shape(Iter<int> source, ShapeArgs args);

    public static IReadOnlyList<(string Name, Shape Fused, Shape Runtime)> All { get; } = Build();

    private static List<(string, Shape, Shape)> Build()
    {
        var list = new List<(string, Shape, Shape)>();
        foreach (var m in typeof(FusedShapes).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            var twin = typeof(RuntimeShapes).GetMethod(m.Name, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"RuntimeShapes has no {m.Name}");
            list.Add((m.Name, m.CreateDelegate<Shape>(), twin.CreateDelegate<Shape>()));
        }
        return list;
    }

    /// <summary>Runs one side on a fresh probe and describes everything observable: the result or the exception
    /// (type, parameter, message), then the probe's pulls, releases, position and whether it finished.</summary>
    public static string Observe(Shape shape, int[] items, int throwAt, ShapeArgs args)
    {
        var probe = new Probe(items, throwAt);
        string outcome;
        try
        {
            outcome = "result " + Format(shape(probe, args));
        }
        catch (Exception e)
        {
            outcome = $"threw {e.GetType().Name} param={(e as ArgumentException)?.ParamName} message={e.Message}";
        }
        return $"{outcome}; {probe.State}";
    }

    private static string Format(object value) => value switch
    {
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object>()) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };
}
