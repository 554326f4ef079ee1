using System.Text.Json.Nodes;
using DeployBot.Core.Conversations;
using DeployBot.Core.Requests;
using DeployBot.Slack.Api;
using DeployBot.Slack.Rendering;

namespace DeployBot.Slack.Tests.Rendering;

public sealed class ModalRendererTests
{
    [Fact]
    public void Render_FormWithMissingNotes_IsAModalWithOneInputPerFieldPrefilledFromWhatWasTyped()
    {
        var view = Render(Form());

        Assert.Equal("modal", view["type"]!.GetValue<string>());
        Assert.Equal("deploy_plan_form", view["callback_id"]!.GetValue<string>());
        Assert.InRange(view["title"]!["text"]!.GetValue<string>().Length, 1, 24);
        Assert.InRange(view["submit"]!["text"]!.GetValue<string>().Length, 1, 24);
        var inputs = view["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "input").ToArray();
        Assert.Equal(["notes", "environment", "window", "flag"], inputs.Select(b => b!["block_id"]!.GetValue<string>()));

        var notes = inputs[0]!;
        Assert.False(notes["optional"]!.GetValue<bool>());
        Assert.Equal("plain_text_input", notes["element"]!["type"]!.GetValue<string>());
        Assert.True(notes["element"]!["multiline"]!.GetValue<bool>());

        var environment = inputs[1]!["element"]!;
        Assert.Equal("static_select", environment["type"]!.GetValue<string>());
        Assert.Equal(["production", "staging"], environment["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
        Assert.Equal("production", environment["initial_option"]!["value"]!.GetValue<string>());

        Assert.False(inputs[2]!["optional"]!.GetValue<bool>());
        Assert.Equal("Sat 06:00", inputs[2]!["element"]!["initial_value"]!.GetValue<string>());
        Assert.True(inputs[3]!["optional"]!.GetValue<bool>());
        Assert.Null(inputs[3]!["element"]!["initial_value"]);
    }

    [Fact]
    public void Render_Metadata_CarriesFormIdRequesterAndResponseUrlWithin3000Characters()
    {
        var view = Render(Form());

        var raw = view["private_metadata"]!.GetValue<string>();
        var metadata = FormMetadata.TryParse(raw);
        Assert.InRange(raw.Length, 1, 3000);
        Assert.Equal(new FormMetadata("form-1", "U1", "ann", "C1", "https://hooks.slack.com/commands/T/1/x"), metadata);
    }

    [Fact]
    public void Render_HugeResponseUrl_DropsItToStayWithinTheMetadataLimit()
    {
        var metadata = new FormMetadata("form-1", "U1", "ann", "C1", "https://hooks.slack.com/" + new string('x', 3100));

        var raw = metadata.Serialize();

        Assert.InRange(raw.Length, 1, 3000);
        Assert.Null(FormMetadata.TryParse(raw)!.ResponseUrl);
    }

    private static ParameterForm Form() =>
        new("form-1", "Deployment plan request for production", [
            new FormField(RequestField.Notes, "Release notes", FormFieldKind.MultilineText, true, null, null, [], 4000, "What ships"),
            new FormField(RequestField.Environment, "Environment", FormFieldKind.Choice, true, "production", null, [new("production", "production"), new("staging", "staging")], 50, null),
            new FormField(RequestField.Window, "Maintenance window", FormFieldKind.Text, true, "Sat 06:00", null, [], 200, null),
            new FormField(RequestField.Flag, "Feature flag", FormFieldKind.Text, false, null, null, [], 100, null),
        ]);

    private static JsonObject Render(ParameterForm form) =>
        (JsonObject)JsonNode.Parse(SlackJson.Serialize(ModalRenderer.Render(form, new FormMetadata(form.FormId, "U1", "ann", "C1", "https://hooks.slack.com/commands/T/1/x"))))!;
}
