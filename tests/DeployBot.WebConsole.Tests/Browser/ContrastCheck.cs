using Microsoft.Playwright;

namespace DeployBot.WebConsole.Tests.Browser;

/// <summary>WCAG contrast of every visible piece of text on the page against the background it is drawn on.</summary>
internal static class ContrastCheck
{
    private const string Script = """
        () => {
          const parse = (c) => { const p = c.match(/rgba?\(([^)]+)\)/)[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          const background = (node) => {
            for (let e = node; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c.a > 0.5) return c; }
            return { r: 255, g: 255, b: 255, a: 1 };
          };
          const failures = [];
          for (const node of document.querySelectorAll('body *')) {
            if (!Array.from(node.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
            if (node.getClientRects().length === 0 || getComputedStyle(node).visibility === 'hidden') continue;
            if (node.closest('.visually-hidden') || node.disabled) continue;
            const a = luminance(parse(getComputedStyle(node).color)), b = luminance(background(node));
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) failures.push(`${node.tagName.toLowerCase()}.${node.className} ${ratio.toFixed(2)}:1 "${node.textContent.trim().slice(0, 40)}"`);
          }
          return failures;
        }
        """;

    /// <summary>Descriptions of text below 4.5:1; empty when all text is readable.</summary>
    public static Task<string[]> FindLowContrastTextAsync(this IPage page) => page.EvaluateAsync<string[]>(Script);
}
