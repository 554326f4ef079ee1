using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class TextChunkerTests
{
    [Fact]
    public void Chunk_ShortLines_StayTogetherInOnePiece()
    {
        Assert.Equal(["a\nb\nc"], TextChunker.Chunk(["a", "b", "c"]));
    }

    [Fact]
    public void Chunk_LongText_SplitsAtLineBreaksWithoutLosingCharacters()
    {
        var lines = Enumerable.Range(0, 50).Select(i => $"{i}:" + new string('y', 200)).ToArray();

        var chunks = TextChunker.Chunk(lines, max: 1000);

        Assert.All(chunks, chunk => Assert.InRange(chunk.Length, 1, 1000));
        Assert.Equal(string.Join("\n", lines), string.Join("\n", chunks));
    }

    [Fact]
    public void Chunk_OneLineLongerThanTheLimit_IsCutWithoutSplittingAnEscape()
    {
        var line = new string('a', 8) + "&amp;" + new string('b', 10);

        var chunks = TextChunker.Chunk([line], max: 10);

        Assert.Equal(line, string.Concat(chunks));
        Assert.All(chunks, chunk => Assert.InRange(chunk.Length, 1, 10));
        Assert.Contains(chunks, chunk => chunk.Contains("&amp;", StringComparison.Ordinal));
    }
}
