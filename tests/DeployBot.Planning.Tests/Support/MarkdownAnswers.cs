namespace DeployBot.Planning.Tests.Support;

/// <summary>Plans as a model that ignores the JSON instruction writes them.</summary>
internal static class MarkdownAnswers
{
    public const string Staging = """
        Here is the deployment plan.

        NOTES: Fix the login redirect loop on Safari
        ENVIRONMENT: staging

        ## Deployment Summary
        - This release ships the Safari login redirect fix to staging.
        - The main risk area is authentication.
        - It is a normal release.

        ## Pre-Deployment Checks
        - CI is green on the release commit, including the authentication suite.
        - A database backup snapshot is taken before starting.

        ## Deployment Steps
        1. Build and push the release image — `.ci/release.yml` (automated)
        2. Run the database migration. `db/migrate.sh` (automated)
        3. Watch the rollout until all pods are ready (manual)

        ## Verification & Observability
        - Smoke-test sign-in and sign-out.
        - Pass when the 5xx rate stays under 1% for 15 minutes.

        ## Rollback Readiness
        - Redeploy the previous image tag with deploy/rollback.sh.
        - Roll back now if the 5xx rate exceeds 2% for 5 minutes.

        ## Next Actions
        - [ ] Before: the release manager confirms the plan.
        - [ ] After: the team updates the runbook.
        """;
}
