using System.Globalization;
using System.Text.Json.Nodes;

namespace DeployBot.Testing.Fuzzing;

/// <summary>
/// Applies <see cref="JsonMutation"/>s to a copy of a real payload: node mutations first (remove a property or element,
/// change a value's type, swap in a hostile string, nest deeply), then text mutations on the serialized result
/// (truncate, insert a stray character), which usually leave invalid JSON behind.
/// </summary>
public static class JsonMutator
{
    private static readonly double[] Numbers = [0, -1, 1.5, 1e308, -9007199254740993, int.MaxValue + 1.0];
    private static readonly char[] Strays = ['"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\uD800', 'é', '\n'];

    public static string Apply(JsonNode original, IEnumerable<JsonMutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(original);
        var all = mutations.ToArray();
        var root = original.DeepClone();
        foreach (var mutation in all.Where(m => m.Kind is not (JsonMutationKind.Truncate or JsonMutationKind.InsertCharacter)))
        {
            root = MutateNode(root, mutation);
        }

        var text = root?.ToJsonString() ?? "null";
        foreach (var mutation in all.Where(m => m.Kind is JsonMutationKind.Truncate or JsonMutationKind.InsertCharacter))
        {
            text = MutateText(text, mutation);
        }

        return text;
    }

    private static JsonNode? MutateNode(JsonNode? root, JsonMutation mutation)
    {
        var nodes = new List<JsonNode?>();
        Collect(root, nodes);
        var target = nodes[Index(mutation.Target, nodes.Count)];
        var replacement = Replacement(mutation);
        if (target is null || target.Parent is null)
        {
            // The root itself (or a null leaf, which has no handle): replace the whole document.
            return target == root ? replacement : root;
        }

        switch (target.Parent)
        {
            case JsonObject parent:
                var name = target.GetPropertyName();
                if (mutation.Kind == JsonMutationKind.Remove)
                {
                    parent.Remove(name);
                }
                else
                {
                    parent[name] = replacement;
                }

                break;
            case JsonArray array:
                var index = target.GetElementIndex();
                if (mutation.Kind == JsonMutationKind.Remove)
                {
                    array.RemoveAt(index);
                }
                else
                {
                    array[index] = replacement;
                }

                break;
        }

        return root;
    }

    private static JsonNode? Replacement(JsonMutation mutation) => mutation.Kind switch
    {
        JsonMutationKind.HostileString => JsonValue.Create(Pick(HostileText.All, mutation.Pick)),
        JsonMutationKind.Number => JsonValue.Create(Pick(Numbers, mutation.Pick)),
        JsonMutationKind.Boolean => JsonValue.Create(mutation.Pick % 2 == 0),
        JsonMutationKind.EmptyObject => new JsonObject(),
        JsonMutationKind.EmptyArray => new JsonArray(),
        JsonMutationKind.DeepNesting => Nested(Index(mutation.Pick, 300) + 1),
        _ => null,
    };

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 1; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static string MutateText(string text, JsonMutation mutation)
    {
        var at = text.Length == 0 ? 0 : Index(mutation.Target, text.Length);
        return mutation.Kind == JsonMutationKind.Truncate
            ? text[..at]
            : text.Insert(at, Pick(Strays, mutation.Pick).ToString(CultureInfo.InvariantCulture));
    }

    private static void Collect(JsonNode? node, List<JsonNode?> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    private static T Pick<T>(IReadOnlyList<T> items, int pick) => items[Index(pick, items.Count)];

    /// <summary>A generated number as an index in 0..count-1, whatever its sign.</summary>
    internal static int Index(int value, int count) => ((value % count) + count) % count;
}
