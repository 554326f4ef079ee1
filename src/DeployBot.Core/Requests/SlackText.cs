using System.Text;

namespace DeployBot.Core.Requests;

/// <summary>Slack escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> in command text; these undo and redo exactly that.</summary>
internal static class SlackText
{
    private static readonly (string Entity, char Character)[] Entities = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>')];

    /// <summary>Replaces the three entities in one pass, so <c>&amp;amp;lt;</c> becomes <c>&amp;lt;</c> and no further.</summary>
    public static string Decode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] == '&' ? EntityAt(text, i) : null;
            if (entity is { } match)
            {
                builder.Append(match.Character);
                i += match.Entity.Length - 1;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes only the <c>&amp;</c> that would otherwise be read as the start of an entity.</summary>
    public static string EscapeAmbiguousAmpersands(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(text[i] == '&' && EntityAt(text, i) is not null ? "&amp;" : text[i]);
        }

        return builder.ToString();
    }

    private static (string Entity, char Character)? EntityAt(string text, int index)
    {
        foreach (var entity in Entities)
        {
            if (string.CompareOrdinal(text, index, entity.Entity, 0, entity.Entity.Length) == 0)
            {
                return entity;
            }
        }

        return null;
    }
}
