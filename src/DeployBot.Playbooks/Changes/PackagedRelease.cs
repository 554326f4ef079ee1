using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>What a packaged release is adopted as: a Terraform provider, a Terraform module, a Helm chart or a library.</summary>
internal enum Package
{
    TerraformProvider,
    TerraformModule,
    HelmChart,

    /// <summary>A library or SDK that services depend on (<see cref="PackagedRelease.ReadLibrary"/>): nothing of its own is deployed.</summary>
    Library,

    /// <summary>An Ansible collection (<see cref="PackagedRelease.ReadAnsible"/>): a pinned version and a playbook run, no image.</summary>
    AnsibleCollection,

    /// <summary>A set of Ansible roles checked out at a version (<see cref="PackagedRelease.ReadAnsible"/>): the same, with the inventory's variables.</summary>
    AnsibleRoles,

    /// <summary>A Kubernetes operator (<see cref="PackagedRelease.ReadOperator"/>): its CRDs, then the operator itself through its chart or bundle.</summary>
    Operator,

    /// <summary>A command-line tool run in pipelines and on developers' machines (<see cref="PackagedRelease.ReadNonImageTool"/>): pinned where it runs, checked with its own check.</summary>
    Tool,

    /// <summary>A language toolchain apps are built with: every app built with it first, then each app's own release.</summary>
    Toolchain,

    /// <summary>A program installed from a package on the hosts that run it, such as a backup tool: the package upgraded on every host.</summary>
    HostPackage,

    /// <summary>Cluster-management controllers on a management cluster: upgraded with their own upgrade command, watched by conditions.</summary>
    ClusterApi,
}

/// <summary>
/// The notes are the changelog of a Terraform provider, a Terraform module or a Helm chart, not of an application whose
/// image the operator builds: adopting the release means raising a version pin and applying it (<c>terraform init
/// -upgrade</c> then plan and apply; <c>helm upgrade --version</c>), and its way back is the previous pin (and the state
/// or revision from before), never a canary of an image and <c>kubectl rollout undo</c>.
/// </summary>
/// <remarks>
/// Known from the repository the notes come from or link to (<c>hashicorp/terraform-provider-helm</c>,
/// <c>terraform-aws-modules/terraform-aws-rds</c>, <c>hashicorp/vault-helm</c>), or from the notes speaking as the package:
/// a HashiCorp-style provider log (<c>resource/aws_instance:</c>, "New Resource:"), "This release migrates the provider",
/// "The chart now requires Kubernetes 1.28+". An application that names its own chart or bumps a provider in its
/// infrastructure ("Upgrade the AWS provider to 5.x in infra/") does not speak as one.
/// </remarks>
internal sealed partial record PackagedRelease(Package Kind, string? Name, string? Version)
{
    public static PackagedRelease? Read(string notes, string? link)
    {
        var version = NotesFacts.VersionOf(notes, null);
        if (OwnRepository.Of(notes, link) is var (_, repository) && FromRepository(repository) is { } named)
        {
            return named with { Version = version };
        }

        // "The version of the Helm chart is now 0.7.1", "For Helm, use version 0.7.1 of the chart": the component is upgraded
        // with its chart, pinned to that version; the chart sets the image, so no image of its own is rolled out beside it.
        if (StatedChartVersion(notes) is { } chart)
        {
            return new(Package.HelmChart, null, chart);
        }

        if (link is null && TiedOwnPackage(notes) is { } tied)
        {
            return tied with { Version = version };
        }

        if (ReadAnsible(notes, version) is { } ansible)
        {
            return ansible;
        }

        if (ProviderLog().IsMatch(notes) || (SpeaksAs(notes, "provider") && TerraformWords().IsMatch(notes)))
        {
            return new(Package.TerraformProvider, null, version);
        }

        if ((SpeaksAs(notes, "module") && TerraformWords().IsMatch(notes)) || ModuleInterface(notes) || ModuleSource().IsMatch(notes))
        {
            return new(Package.TerraformModule, null, version);
        }

        if (ReadNonImageTool(notes, version) is { } tool) { return tool; }

        if (ReadOperator(notes, version) is { } kubernetesOperator)
        {
            return kubernetesOperator;
        }

        return ChartHeading().IsMatch(notes) || ValuesImage().IsMatch(notes) || ScrapesCluster(notes) || ChartFields().IsMatch(notes) || ((SpeaksAs(notes, "chart") || ChartImages().IsMatch(notes)) && KubernetesWords().IsMatch(notes))
            ? new(Package.HelmChart, null, version)
            : ReadLibrary(notes, link, version);
    }

    /// <summary>The chart version the notes tell the operator to use, when they state one (the last they state).</summary>
    private static string? StatedChartVersion(string notes) =>
        ChartVersion().Matches(notes).Select(match => match.Groups["version"].Value).LastOrDefault();

    [GeneratedRegex(@"\b(?:the\s+)?(?:version\s+of\s+the\s+(?:helm\s+)?chart|(?:helm\s+)?chart(?:'s|’s)?\s+version)\s+(?:is\s+now|is\s+bumped\s+to|has\s+been\s+(?:bumped|updated|changed)\s+to|was\s+(?:bumped|updated|changed)\s+to|becomes)\s+v?(?<version>\d+\.\d+\.\d+(?:-[0-9a-z.]+)?)(?![\w-]|\.\d)|\buse\s+(?:version\s+)?v?(?<version>\d+\.\d+\.\d+(?:-[0-9a-z.]+)?)\s+of\s+the\s+(?:helm\s+)?chart\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ChartVersion();

    /// <summary>A chart runs pods of its own, and so do the services a library is bumped in; a provider or module changes cloud resources, so no new pod is there to probe.</summary>
    public bool RunsPods => Kind is Package.HelmChart or Package.Library or Package.Operator;

    /// <summary>An Ansible collection or roles: adopted by a pin and a playbook run.</summary>
    public bool IsAnsible => Kind is Package.AnsibleCollection or Package.AnsibleRoles;

    /// <summary>How the package is called in a step: "the `helm` provider", "the chart".</summary>
    public string Called => Kind switch
    {
        Package.TerraformProvider => Name is null ? "the provider" : $"the `{Name}` provider",
        Package.TerraformModule => Name is null ? "the module" : $"the `{Name}` module",
        Package.Library => Name is null ? "the library" : $"the `{Name}` library",
        Package.AnsibleCollection => Name is null ? "the Ansible collection" : $"the `{Name}` collection",
        Package.AnsibleRoles => Name is null ? "the Ansible roles" : $"the `{Name}` roles",
        Package.Operator => Name is null ? "the operator" : $"the `{Name}` operator",
        _ => Name is null ? "the chart" : $"the `{Name}` chart",
    };

    /// <summary>What the summary calls the change: "an upgrade of the provider to version 3.0.0 (version pin, plan, apply)".</summary>
    public string Adoption => Kind switch
    {
        Package.HelmChart => $"an upgrade of {Called} to {Target} (diff, then `helm upgrade`)",
        Package.Library => $"an upgrade of {Called} to {Target} in the services that depend on it (dependency bump and code changes, CI, then each service's own rollout)",
        Package.Operator => $"an upgrade of {Called} to {Target} (its CRDs first, then the operator through its chart or bundle; what it manages may restart)",
        Package.AnsibleCollection or Package.AnsibleRoles => $"an upgrade of {Called} to {Target} (version pin, inventory changes, `--check --diff` on one host group, then the playbook run)",
        _ => $"an upgrade of {Called} to {Target} (version pin, reviewed plan, apply)",
    };

    /// <summary>"version 3.0.0", or "the new version" when the notes give none.</summary>
    public string Target => Version is null ? "the new version" : $"version {Version}";

    /// <summary><c>terraform-provider-helm</c>, <c>terraform-aws-rds</c>, <c>vault-helm</c>, <c>helm-charts</c>; the Terraform CLI, a linter or a Helm controller are none.</summary>
    private static PackagedRelease? FromRepository(string repository) =>
        ProviderRepository().Match(repository) is { Success: true } provider ? new(Package.TerraformProvider, provider.Groups["name"].Value, null)
        : ModuleRepository().Match(repository) is { Success: true } module ? new(Package.TerraformModule, module.Groups["name"].Value, null)
        : ChartRepository().IsMatch(repository) ? new(Package.HelmChart, null, null)
        : null;

    /// <summary>A sentence opens with the package as its subject: "The provider uses …", "This chart now requires …", "This release migrates the provider …".</summary>
    /// <summary>
    /// The notes speak of a module's interface as Terraform does, without naming Terraform ("The `kalm_config` variable has
    /// been removed … remove this variable from their module definition", "The `endpoint` output is now marked as
    /// sensitive"): its inputs are named variables, its results named outputs, and users have module definitions.
    /// </summary>
    private static bool ModuleInterface(string notes) =>
        NamedPart().Matches(notes).Select(match => match.Groups["part"].Value.ToLowerInvariant().TrimEnd('s')).Distinct().Count() == 2 && ModuleUse().IsMatch(notes);

    [GeneratedRegex(@"`[\w-]+`(?:\s*(?:,|and|&)\s*`[\w-]+`)*\s+(?<part>variables?|outputs?)\b|\b(?<part>variables?|outputs?)\s+`[\w-]+`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex NamedPart();

    [GeneratedRegex(@"\bmodule\s+`?(?:definitions?|blocks?|calls?|sources?|inputs?)\b|\b(?:these|the|your|their)\s+(?:\w+\s+)?modules?\b(?!\s+(?:of|for)\b)|\bsub-?modules?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ModuleUse();

    /// <summary>The notes tell their users which module <c>source</c> to use, by a registry address (<c>namespace/name/provider</c>, maybe with <c>//subdir</c>).</summary>
    [GeneratedRegex(@"`[\w-]+/[\w-]+/[a-z0-9]+(?://[\w./-]+)?`[^\n]{0,120}?\bmodule\s+`?source\b|\bmodule\s+`?source`?[^\n]{0,40}?`[\w-]+/[\w-]+/[a-z0-9]+(?://[\w./-]+)?`", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ModuleSource();

    private static bool SpeaksAs(string notes, string package) =>
        Speaker().Matches(notes).Any(match => match.Groups["package"].Value.Equals(package, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?:^|[.!:]\s+|\n\W*)(?:The|This)\s+(?<package>provider|module|chart)\b(?!\s+(?:of|for|in)\b)|\b[Tt]his\s+release\s+\w+\s+the\s+(?<package>provider|module|chart)\b", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex Speaker();

    [GeneratedRegex(@"^terraform-provider-(?<name>[\w.-]+)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ProviderRepository();

    /// <summary>The registry's naming rule for modules: <c>terraform-&lt;PROVIDER&gt;-&lt;NAME&gt;</c>.</summary>
    [GeneratedRegex(@"^terraform-(?!provider-)[a-z0-9]+-(?<name>[\w.-]+)$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ModuleRepository();

    [GeneratedRegex(@"^(?:helm-charts?|charts)$|-helm(?:-charts?)?$|-charts$", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ChartRepository();

    /// <summary>
    /// A HashiCorp-style provider changelog: items prefixed <c>resource/…:</c> or <c>data-source/…:</c> (or <c>`resource/…` –</c>),
    /// "**New Resource:** `aws_thing`" (a resource type, not Redash's "New Data Source: CSV/Excel Files"), or a provider's
    /// upgrade guide, one section per resource type ("## Resource: `google_alloydb_cluster`", "## Data Source: `aws_ami`").
    /// </summary>
    [GeneratedRegex(@"^\W*`?(?:resource|data-?source|ephemeral(?:-resource)?|list-resource|action)/[\w*]+`?\s*(?::|[-–—]\s)|\bNew\s+(?:Resource|Data\s+Source|Ephemeral\s+Resource|List\s+Resource)\b\W*:\W*`?[a-z][a-z0-9]*_[a-z0-9_]+\b|^#+\s*(?:Resource|Data\s+Source|Datasource|Ephemeral\s+Resource)s?\s*:\s*`[a-z][a-z0-9]*_[a-z0-9_]+`", RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ProviderLog();

    [GeneratedRegex(@"\bterraform\b|\bopentofu\b|\bterraform-plugin-\w+|\.tf\b|\bHCL\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex TerraformWords();

    /// <summary>A heading of a chart's own release: "## chart-v8.7.1", "## [jupyterhub-chart-4.0.0]".</summary>
    [GeneratedRegex(@"^#+\s*\[?(?:[\w-]+-)?chart[-/\s]v?\d+\.\d+", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ChartHeading();

    /// <summary>
    /// A chart's values path of an image ("Update `fips.image.tag` to `1.1.27`", "`controller.image.registry`"): an
    /// application's changelog names its image by tag, not by the values key a chart sets it with.
    /// </summary>
    [GeneratedRegex(@"`(?:[a-z][A-Za-z0-9]*\.)+image\.(?:tag|repository|digest|registry|pullPolicy)`", RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ValuesImage();

    /// <summary>
    /// What only a chart's own changelog says: its <c>appVersion</c> ("appVersion was changed to 0.22.0"), its options ("Add
    /// chart options to …"), or the OCI image it deploys bumped ("Update the _Metrics Server_ OCI image to `0.8.0`").
    /// </summary>
    [GeneratedRegex(@"\bappVersion\b|\bchart\s+(?:options?|parameters?|templates?)\b|\bOCI\s+image\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ChartFields();

    [GeneratedRegex(@"\b(?:in\s+)?(?:the\s+)?chart(?:'s)?\s+(?:images|default\s+values)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex ChartImages();

    [GeneratedRegex(@"\bhelm\b|\bkubernetes\b|\bk8s\b|\bvalues\.ya?ml\b|\.Values\.|\bCRDs?\b|\bpods?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget.Milliseconds)]
    private static partial Regex KubernetesWords();
}
