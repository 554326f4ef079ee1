using DeployBot.Core.Plans;

namespace DeployBot.Core.Tests.Plans;

/// <summary>
/// FRESH28 sweep #16 and #37 (indico's reStructuredText changelog): ":pr:`5837`" and ":user:`SegiNyn`" were read as the
/// objects of an item, so a plan ran "the expand migration for 5837" and named a contributor as a symptom that must stop.
/// A pull request, contributor, issue or advisory cited by role is no object a step touches; ":data:`SMTP_USE_TLS`" is.
/// Failed on main at 5fd4882.
/// </summary>
public sealed class ItemNamesCitationTests
{
    [Theory]
    [InlineData("Fix sending emails when using TLS (:data:`SMTP_USE_TLS`) (:pr:`6261`)", "SMTP_USE_TLS", "6261")]
    [InlineData("Fix not being able to remove the last entry from a room ACL (:pr:`5863`, thanks :user:`SegiNyn`)", null, "SegiNyn")]
    [InlineData("Add a `retention_days` option to the archive job (:issue:`1204`)", "retention_days", "1204")]
    public void Objects_LeaveOutWhatARoleCites(string item, string? named, string cited)
    {
        var names = ItemNames.Objects(item);

        Assert.DoesNotContain(cited, names);
        if (named is not null)
        {
            Assert.Contains(named, names);
        }
    }

    /// <summary>Counterexample: the same word in plain code is a name.</summary>
    [Fact]
    public void Objects_KeepAPlainCodeName()
    {
        Assert.Contains("SegiNyn", ItemNames.Objects("Rename the `SegiNyn` queue to `orders`"));
    }
}
