using DeployBot.Core.Conversations;

namespace DeployBot.Core.Tests.Conversations;

/// <summary>Plan, job and form ids go into URLs, Slack button values and unique keys: short, [a-z0-9], never repeated.</summary>
public sealed class IdsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewIds_HaveTheirLengthsAndOnlyLowerCaseLettersAndDigits()
    {
        var (plan, job, form) = (Ids.NewPlanId(Now), Ids.NewJobId(Now), Ids.NewFormId());

        Assert.Matches("^[a-z0-9]{14}$", plan);
        Assert.Matches("^[a-z0-9]{24}$", job);
        Assert.Matches("^f[a-z0-9]{15}$", form);
    }

    [Fact]
    public void NewPlanId_LaterTime_SortsAfterAnEarlierOne()
    {
        var earlier = Ids.NewPlanId(Now);

        var later = Ids.NewPlanId(Now.AddMilliseconds(1));

        Assert.True(string.CompareOrdinal(earlier[..8], later[..8]) < 0, $"{earlier} then {later}");
    }

    [Fact]
    public void NewJobId_ManyInTheSameMillisecond_AreAllDifferent()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Ids.NewJobId(Now)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void NewJobId_RandomPart_UsesEveryCharacterAboutEqually()
    {
        var counts = Enumerable.Range(0, 9_000).SelectMany(_ => Ids.NewJobId(Now)[8..]).CountBy(c => c).ToDictionary();

        // 144,000 characters over 36: 4,000 each expected; a biased draw (e.g. byte % 36 without rejection) gives 'a'-'d' about 4,500.
        Assert.Equal(36, counts.Count);
        Assert.All(counts, count => Assert.InRange(count.Value, 3_700, 4_300));
    }
}
