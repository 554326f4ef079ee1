using BenchmarkDotNet.Attributes;
using DeployBot.Core.Requests;

namespace DeployBot.Benchmarks.Micro.Benchmarks;

/// <summary>The <c>/deploy-plan</c> argument parser on the texts it meets: a typical command, Slack-escaped long notes, and junk.</summary>
[MemoryDiagnoser]
public class ArgumentParserBenchmarks
{
    private const string Typical = "NOTES=\"Adds the checkout-v2 button for returning customers\" ENVIRONMENT=production WINDOW=\"Sat 06:00-08:00 UTC\" FLAG=checkout-v2";

    private static readonly string LongNotes =
        "NOTES=\"" + string.Join(' ', Enumerable.Range(1, 120).Select(i => $"Fix {i}: &lt;orders&gt; &amp; “quoted” ALTER TABLE orders ADD col_{i};")) + "\" ENVIRONMENT=prod WINDOW=\"tonight 22:00-23:00 UTC\"";

    private const string JunkUnit = "=\"KEY=\" \u201cNOTES=\u201d ENVIRONMENT ";

    private static readonly string Junk = string.Concat(Enumerable.Repeat(JunkUnit, 200));

    // As much junk as the parser accepts (ArgumentParser.MaxTextLength): the worst a single request can cost.
    private static readonly string MaxJunk = string.Concat(Enumerable.Repeat(JunkUnit, ArgumentParser.MaxTextLength / JunkUnit.Length));

    [Benchmark(Baseline = true, Description = "typical command (4 arguments)")]
    public int Typical4() => ArgumentParser.Parse(Typical).Problems.Count;

    [Benchmark(Description = "long escaped notes (~9 KB)")]
    public int Long() => ArgumentParser.Parse(LongNotes).Problems.Count;

    [Benchmark(Description = "junk (quotes and keys, ~7 KB)")]
    public int Garbage() => ArgumentParser.Parse(Junk).Problems.Count;

    [Benchmark(Description = "junk at the text limit (~20 KB)")]
    public int MaxGarbage() => ArgumentParser.Parse(MaxJunk).Problems.Count;
}
