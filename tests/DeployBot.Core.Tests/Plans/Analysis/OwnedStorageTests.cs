using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A bucket the team owns is its own storage, not a third-party service: a bucket path (<c>s3://…</c>, <c>gs://…</c>),
/// or "the S3 bucket" names where the team's data lies, and so does the place a copy is archived or backed up to. The storage service's API, client or
/// compatibility is still an integration. The notes are made up in the styles of typed notes and changelogs.
/// </summary>
public sealed class OwnedStorageTests
{
    [Theory]
    [InlineData("ml-ranker: load models from s3://ranker-models/v7/ instead of the local volume")]
    [InlineData("reports: nightly exports now land in the S3 bucket acme-exports")]
    [InlineData("audit-svc: drop table audit_events_2023 (a copy stays in the GCS bucket audit-archive)")]
    [InlineData("warehouse: read the parquet files from gs://acme-lake/orders/ after the cutover")]
    [InlineData("catalog-svc: dropping mongo collection product_drafts_old (archived to s3 last week)")]
    [InlineData("billing: archive the invoices_2019 table to S3 first, then drop it")]
    [InlineData("## 2.3.0\n\n- Nightly backups of the job history now go to Amazon S3 and are kept 30 days")]
    public void Analyze_BucketTheTeamOwns_IsNotAnExternalIntegration(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External), string.Join(", ", ReleaseAnalyzer.Evidence(notes, RiskArea.External)));

    [Theory]
    [InlineData("## 4.2.0\n\n- Upgrade the S3 client to the AWS SDK v2")]
    [InlineData("## 4.2.1\n\n- Fix listing of S3-compatible object stores")]
    [InlineData("## 4.2.0\n\n- Uploads to S3 now use multipart transfers")]
    public void Analyze_TheStorageServicesApi_IsStillExternal(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.External));
}
