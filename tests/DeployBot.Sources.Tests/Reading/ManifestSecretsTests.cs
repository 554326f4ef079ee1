using DeployBot.Sources.Reading;

namespace DeployBot.Sources.Tests.Reading;

public sealed class ManifestSecretsTests
{
    [Fact]
    public void Find_KubernetesEnvWithSecretKeyRefAndEnvFrom_ListsVariablesAndSecrets()
    {
        const string patch = "@@ -1 +1,9 @@\n+        - name: DATABASE_URL\n+          valueFrom:\n+            secretKeyRef:\n+              key: url\n+              name: orders-db\n+      envFrom:\n+        - secretRef:\n+            name: shared-secrets\n";

        var found = ManifestSecrets.Find([("k8s/orders/deployment.yaml", patch)]);

        Assert.Equal(["DATABASE_URL", "orders-db", "shared-secrets"], found);
    }

    [Fact]
    public void Find_ComposeAndDotEnv_ListsAddedKeys()
    {
        var found = ManifestSecrets.Find(
        [
            ("docker-compose.yml", "+      - PAYMENTS_API_KEY=${PAYMENTS_API_KEY}\n+      FEATURE_X: \"on\"\n"),
            (".env.production", "+export SENTRY_DSN=https://sentry\n+SMTP_PASSWORD=\n"),
        ]);

        Assert.Equal(["PAYMENTS_API_KEY", "FEATURE_X", "SENTRY_DSN", "SMTP_PASSWORD"], found);
    }

    [Fact]
    public void Find_ChangedValueOfAnExistingKey_IsNotNew()
    {
        var found = ManifestSecrets.Find([("deploy/helm/values.yaml", "-  LOG_LEVEL: info\n+  LOG_LEVEL: debug\n")]);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("src/Settings.cs")]
    [InlineData("README.md")]
    [InlineData(".github/workflows/ci.yml")]
    public void Find_FileThatIsNotAManifest_IsIgnored(string path) =>
        Assert.Empty(ManifestSecrets.Find([(path, "+API_KEY=abc\n+        - name: TOKEN\n")]));
}
