using System.Text.Json.Serialization;

namespace DeployBot.Slack.Rendering;

/// <summary>The Block Kit objects DeployBot sends, as typed records (serialized snake_case by <see cref="Api.SlackJson"/>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
internal abstract record Block
{
    public string? BlockId { get; init; }
}

internal sealed record HeaderBlock(TextObject Text) : Block;

internal sealed record SectionBlock(TextObject Text) : Block;

internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

internal sealed record DividerBlock : Block;

internal sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements) : Block;

internal sealed record InputBlock(TextObject Label, BlockElement Element, bool Optional, TextObject? Hint) : Block;

/// <summary>A text object: <c>plain_text</c> or <c>mrkdwn</c>.</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Plain(string text) => new("plain_text", text);

    public static TextObject Markdown(string text) => new("mrkdwn", text);
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(CheckboxesElement), "checkboxes")]
internal abstract record BlockElement(string ActionId);

internal sealed record ButtonElement(string ActionId, TextObject Text, string Value, string? Style = null) : BlockElement(ActionId);

internal sealed record PlainTextInputElement(string ActionId, bool Multiline, string? InitialValue, int? MaxLength, TextObject? Placeholder)
    : BlockElement(ActionId);

internal sealed record StaticSelectElement(string ActionId, IReadOnlyList<SelectOption> Options, SelectOption? InitialOption, TextObject? Placeholder)
    : BlockElement(ActionId);

internal sealed record SelectOption(TextObject Text, string Value);

/// <summary>1–10 <paramref name="Options"/>; <paramref name="InitialOptions"/> (ticked, a subset of them) is left out when empty.</summary>
internal sealed record CheckboxesElement(string ActionId, IReadOnlyList<CheckboxOption> Options, IReadOnlyList<CheckboxOption>? InitialOptions)
    : BlockElement(ActionId);

/// <summary>A checkbox: <paramref name="Text"/> and <paramref name="Description"/> at most 75 characters, <paramref name="Value"/> at most 150.</summary>
internal sealed record CheckboxOption(TextObject Text, string Value, TextObject? Description = null);

/// <summary>A modal view for <c>views.open</c> / <c>views.update</c> / <c>response_action: update</c>.</summary>
internal sealed record ModalView(
    TextObject Title,
    TextObject? Submit,
    TextObject Close,
    IReadOnlyList<Block> Blocks,
    string CallbackId,
    string? PrivateMetadata)
{
    public string Type => "modal";
}
