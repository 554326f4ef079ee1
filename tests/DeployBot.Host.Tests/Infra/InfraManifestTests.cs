using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DeployBot.Host.Tests.Infra;

/// <summary>
/// Every YAML/JSON file under infra/ parses, and the references between the Kubernetes manifests, the compose file and
/// the Dockerfile agree: ports, labels, secrets, the mounted configuration and the environment variables the host reads.
/// </summary>
public sealed partial class InfraManifestTests
{
    private const int Port = 3978;
    private const int MetricsPort = 9464;
    private const string Deployment = "infra/k8s/deployment.yaml";
    private const string Compose = "infra/docker-compose.yml";

    private static JsonNode Container => Doc(Deployment)["spec"]!["template"]!["spec"]!["containers"]![0]!;

    [Fact]
    public void EveryInfraFile_Parses_ToAtLeastOneDocument()
    {
        var files = RepositoryFiles.InfraDocuments();

        Assert.Contains(Deployment, files);
        Assert.Contains("infra/teams/manifest.json", files);
        Assert.All(files, file => Assert.NotEmpty(RepositoryFiles.Documents(file)));
    }

    [Fact]
    public void Ports_ContainerServiceComposeAndDockerfile_AllUse3978()
    {
        var containerPort = Container["ports"]!.AsArray().Single(port => (string?)port!["name"] == "http")!;
        var service = Assert.Single(Doc("infra/k8s/service.yaml")["spec"]!["ports"]!.AsArray())!;
        var dockerfile = RepositoryFiles.Text("Dockerfile");

        Assert.Equal(Port.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)containerPort["containerPort"]);
        Assert.Contains((string?)service["targetPort"], new[] { (string?)containerPort["name"], (string?)containerPort["containerPort"] });
        Assert.Matches($@"(?m)^EXPOSE {Port}\s*$", dockerfile);
        Assert.Contains($"ASPNETCORE_URLS=http://+:{Port}", dockerfile, StringComparison.Ordinal);
        Assert.Equal($"http://+:{Port};http://+:{MetricsPort}", EnvValue(Container, "ASPNETCORE_URLS"));
        Assert.Equal($"http://+:{Port}", (string?)ComposeBot["environment"]!["ASPNETCORE_URLS"]);
        Assert.Contains($"{Port}:{Port}", ComposeBot["ports"]!.AsArray().Select(p => (string?)p));
    }

    [Fact]
    public void Metrics_ServedOnlyOnTheMetricsPort_WhichTheServiceDoesNotExpose()
    {
        var config = JsonNode.Parse((string)Doc("infra/k8s/configmap.yaml")["data"]!["appsettings.json"]!)!;
        var servicePorts = Doc("infra/k8s/service.yaml")["spec"]!["ports"]!.AsArray().Select(port => (string?)port!["targetPort"]).ToArray();

        Assert.Equal(MetricsPort, (int?)config["Telemetry"]!["MetricsPort"]);
        Assert.Contains(Container["ports"]!.AsArray(), port => (string?)port!["containerPort"] == MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("metrics", servicePorts);
        Assert.DoesNotContain(MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture), servicePorts);
    }

    [Fact]
    public void Probes_UseTheNamedContainerPort_AndTheHostsHealthPaths()
    {
        var portName = (string?)Container["ports"]![0]!["name"];

        Assert.Equal("/healthz", (string?)Container["livenessProbe"]!["httpGet"]!["path"]);
        Assert.Equal("/readyz", (string?)Container["readinessProbe"]!["httpGet"]!["path"]);
        Assert.Equal(portName, (string?)Container["livenessProbe"]!["httpGet"]!["port"]);
        Assert.Equal(portName, (string?)Container["readinessProbe"]!["httpGet"]!["port"]);
    }

    [Fact]
    public void SecretKeyRefs_AllNameTheExampleSecretAndItsKeys()
    {
        var secret = Doc("infra/k8s/secret.example.yaml");
        var keys = secret["stringData"]!.AsObject().Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        var refs = Container["env"]!.AsArray().Select(e => e!["valueFrom"]?["secretKeyRef"]).OfType<JsonNode>().ToArray();

        Assert.NotEmpty(refs);
        Assert.All(refs, reference =>
        {
            Assert.Equal((string?)secret["metadata"]!["name"], (string?)reference["name"]);
            Assert.Contains((string)reference["key"]!, keys);
        });
    }

    [Fact]
    public void EnvironmentVariables_InDeploymentComposeAndDockerfile_AreKeysTheHostReads()
    {
        var names = Container["env"]!.AsArray().Select(e => (string)e!["name"]!)
            .Concat(ComposeBot["environment"]!.AsObject().Select(pair => pair.Key))
            .Concat(DockerfileEnvNames().Select(match => match.Groups["name"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.Contains("Storage__ConnectionString", names);
        Assert.Empty(names.Select(ConfigurationKeys.Problem).OfType<string>());
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("infra/k8s/configmap.yaml")]
    public void AppSettings_EveryKey_IsOneTheHostReads_AndEnvironmentsHaveReleaseChannels(string file)
    {
        var settings = file.EndsWith(".yaml", StringComparison.Ordinal)
            ? JsonNode.Parse((string)Doc(file)["data"]!["appsettings.json"]!)!
            : Doc(file);

        var environments = settings["Environments"]!.AsObject();

        Assert.NotEmpty(environments);
        Assert.All(environments, pair => Assert.False(string.IsNullOrWhiteSpace((string?)pair.Value!["ReleaseChannel"]?["Slack"]), $"{pair.Key} has no Slack release channel"));
        Assert.Empty(Keys(settings, prefix: null).Select(ConfigurationKeys.Problem).OfType<string>());
    }

    [Fact]
    public void ConfigMap_IsMountedOverTheImagesAppSettings()
    {
        var mount = Assert.Single(Container["volumeMounts"]!.AsArray())!;
        var volume = Assert.Single(Doc(Deployment)["spec"]!["template"]!["spec"]!["volumes"]!.AsArray())!;
        var workdir = Regex.Match(RepositoryFiles.Text("Dockerfile"), @"(?m)^WORKDIR (?<dir>\S+)\s*$", RegexOptions.RightToLeft).Groups["dir"].Value;

        Assert.Equal($"{workdir}/appsettings.json", (string?)mount["mountPath"]);
        Assert.Equal("appsettings.json", (string?)mount["subPath"]);
        Assert.Equal((string?)volume["name"], (string?)mount["name"]);
        Assert.Equal((string?)Doc("infra/k8s/configmap.yaml")["metadata"]!["name"], (string?)volume["configMap"]!["name"]);
    }

    [Fact]
    public void Selectors_OfDeploymentServiceAndPdb_MatchThePodLabels()
    {
        var deployment = Doc(Deployment);
        var labels = deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

        Assert.Equal("2", (string?)deployment["spec"]!["replicas"]);
        AssertSelects(deployment["spec"]!["selector"]!["matchLabels"]!, labels);
        AssertSelects(Doc("infra/k8s/service.yaml")["spec"]!["selector"]!, labels);
        AssertSelects(Doc("infra/k8s/pdb.yaml")["spec"]!["selector"]!["matchLabels"]!, labels);
    }

    [Fact]
    public void Replicas_ShareOnePostgres_InKubernetesAndCompose()
    {
        Assert.Equal("Postgres", EnvValue(Container, "Storage__Provider"));
        Assert.Equal("Postgres", (string?)ComposeBot["environment"]!["Storage__Provider"]);
        Assert.NotNull(Doc(Compose)["services"]!["postgres"]);
        Assert.NotNull(ComposeBot["depends_on"]!["postgres"]);
        var runAs = (string?)Doc(Deployment)["spec"]!["template"]!["spec"]!["securityContext"]!["runAsUser"];
        Assert.True(int.TryParse(runAs, out var uid) && uid > 0, "runAsNonRoot needs a numeric, non-zero runAsUser (the image's user is named)");
        Assert.NotNull(Container["resources"]!["requests"]!["cpu"]);
        Assert.NotNull(Container["resources"]!["requests"]!["memory"]);
    }

    private static JsonNode ComposeBot => Doc(Compose)["services"]!["deploybot"]!;

    private static JsonNode Doc(string file) => RepositoryFiles.Document(file);

    private static string? EnvValue(JsonNode container, string name) =>
        (string?)container["env"]!.AsArray().Single(e => (string?)e!["name"] == name)!["value"];

    private static MatchCollection DockerfileEnvNames() =>
        DockerfileEnv().Matches(RepositoryFiles.Text("Dockerfile"));

    private static void AssertSelects(JsonNode selector, JsonObject labels)
    {
        Assert.NotEmpty(selector.AsObject());
        Assert.All(selector.AsObject(), pair => Assert.Equal((string?)pair.Value, (string?)labels[pair.Key]));
    }

    /// <summary>Configuration keys of a JSON tree (<c>A:B:C</c>), leaves only; array items use their index.</summary>
    private static IEnumerable<string> Keys(JsonNode? node, string? prefix) => node switch
    {
        JsonObject map => map.SelectMany(pair => Keys(pair.Value, prefix is null ? pair.Key : $"{prefix}:{pair.Key}")),
        JsonArray list => list.SelectMany((item, index) => Keys(item, $"{prefix}:{index}")),
        _ => prefix is null ? [] : [prefix],
    };

    [GeneratedRegex(@"(?m)(?:^ENV |\\\r?\n|^\s+)(?<name>[A-Za-z_][A-Za-z0-9_]*)=")]
    private static partial Regex DockerfileEnv();
}
