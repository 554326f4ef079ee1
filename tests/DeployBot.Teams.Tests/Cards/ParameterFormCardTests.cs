using System.Text.Json.Nodes;
using DeployBot.Teams.Cards;
using DeployBot.Teams.Tests.Infrastructure;

namespace DeployBot.Teams.Tests.Cards;

public sealed class ParameterFormCardTests
{
    [Fact]
    public void Render_Form_IsAnAdaptiveCard15WithOneInputPerField()
    {
        var card = ParameterFormCard.Render(EngineReplies.Form(notes: "typed notes", environment: "staging"));

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var notes = Input(card, "Notes");
        Assert.Equal("Input.Text", (string?)notes["type"]);
        Assert.True((bool)notes["isMultiline"]!);
        Assert.Equal("typed notes", (string?)notes["value"]);
        Assert.True((bool)notes["isRequired"]!);
        Assert.False(string.IsNullOrEmpty((string?)notes["errorMessage"]));
        var environment = Input(card, "Environment");
        Assert.Equal("Input.ChoiceSet", (string?)environment["type"]);
        Assert.Equal(["production", "staging"], environment["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal("staging", (string?)environment["value"]);
        var window = Input(card, "Window");
        Assert.False((bool)window["isRequired"]!);
        Assert.False((bool)window["isMultiline"]!);
        Assert.Contains("optional", (string?)window["label"], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Form_SubmitCarriesTheFormId()
    {
        var card = ParameterFormCard.Render(EngineReplies.Form(formId: "form-77"));

        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", (string?)submit["type"]);
        Assert.Equal("form-77", (string?)submit["data"]!["formId"]);
        Assert.Equal("submit-form", (string?)submit["data"]!["deploybot"]);
    }

    [Fact]
    public void Render_FieldError_ShowsItUnderItsInputInAttentionColor()
    {
        var card = ParameterFormCard.Render(EngineReplies.Form(notesError: "NOTES is required."));

        var body = card["body"]!.AsArray().Select(e => e!).ToList();
        var notesIndex = body.FindIndex(e => (string?)e["id"] == "Notes");
        Assert.Equal("NOTES is required.", (string?)body[notesIndex + 1]["text"]);
        Assert.Equal("Attention", (string?)body[notesIndex + 1]["color"]);
    }

    [Fact]
    public void Render_TypedTextWithMentionTags_CannotMentionAnyone()
    {
        var card = ParameterFormCard.Render(EngineReplies.Form(notesError: "Unknown key <at>Everyone</at>"));

        Assert.DoesNotContain("<at>", JsonText.Of(card), StringComparison.Ordinal);
    }

    private static JsonObject Input(JsonObject card, string id) =>
        card["body"]!.AsArray().Single(e => (string?)e!["id"] == id)!.AsObject();
}
