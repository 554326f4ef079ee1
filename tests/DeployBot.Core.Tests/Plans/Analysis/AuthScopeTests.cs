using DeployBot.Core.Plans;
using DeployBot.Core.Plans.Analysis;

namespace DeployBot.Core.Tests.Plans.Analysis;

/// <summary>
/// A plan gets auth checks (break-glass access, who gets signed out) only for a change to who may sign in or do what.
/// Security words that touch something else do not ask for them: stored data encrypted, a sign-in's timestamp shown in
/// a grid, the signature on outgoing webhooks, a datastore's password setting, the wording of an email, work the notes
/// say is not in this release. Made-up notes; the last test keeps the real auth changes beside them.
/// </summary>
public sealed class AuthScopeTests
{
    [Theory]
    [InlineData("re-encrypt payments.card_token_enc with the new KMS key, batched job (~3M rows)")]
    [InlineData("terraform: enable storage encryption on the analytics-db RDS instance (snapshot, restore an encrypted copy, swap)")]
    [InlineData("turn on encryption at rest for the uploads bucket")]
    [InlineData("show last login in the users admin grid")]
    [InlineData("outgoing partner webhooks are now signed with HMAC sha256 (X-Signature-256 header)")]
    [InlineData("ANALYTICS_DB_PASSWORD moved to the k8s secret analytics-db-creds")]
    [InlineData("REDIS_PASSWORD now read from vault")]
    [InlineData("fix typo in the password reset email")]
    [InlineData("reword the login email template")]
    [InlineData("NOT in this release: the SSO changes (still in QA)")]
    public void Analyze_SecurityWordsOutsideSignIn_AreNotAnAuthChange(string notes) =>
        Assert.False(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Auth), notes);

    [Theory]
    [InlineData("re-encrypt all stored oauth refresh tokens with the new KMS key")]
    [InlineData("login page now uses OIDC via Okta")]
    [InlineData("verify webhook signatures on incoming Stripe events")]
    [InlineData("JWT_SECRET rotated; every session is signed out")]
    [InlineData("ADMIN_PASSWORD removed, admins sign in with SSO")]
    [InlineData("Add AES GCM encryption for session cookies")]
    [InlineData("passwords are now encrypted with argon2id")]
    public void Analyze_ChangesToSignInOrItsSecrets_StayAuth(string notes) =>
        Assert.True(ReleaseAnalyzer.Analyze(notes).Has(RiskArea.Auth), notes);
}
