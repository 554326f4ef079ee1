using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Playbooks.Changes;

/// <summary>The phrasings <see cref="OperatorActions"/> reads an action's timing from: before, after, first, or what breaks otherwise.</summary>
internal sealed partial record OperatorActions
{
    private static partial class Timing
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

        [GeneratedRegex(@"\bbefore\s+(?:you\s+|we\s+)?(?:upgrading|upgrade|updating|update|deploying|deploy|starting|installing|install|migrating|rolling\s+out|switching\s+to|moving\s+to|the\s+(?:upgrade|update|deployment|rollout|migration|new\s+version))\b
            | \bprior\s+to\s+(?:upgrading|updating|installing|deploying|migrating|the\s+(?:upgrade|update|deployment|rollout|migration)|v?\d)
            | \b(?:ahead|in\s+advance)\s+of\s+(?:the\s+)?(?:upgrad|updat|deploy|rollout|migrat)\w*
            | \bmust\s+(?:be\s+done|happen|be\s+run|be\s+applied|be\s+completed)\s+(?:first|before)\b
            | \bbefore\s+(?:running|applying|doing|performing|executing|starting)\s+(?:the\s+|a\s+)?`?(?:helm\s+upgrade|upgrade|update|install\w*|migration|deploy\w*|rollout|terraform\s+apply|kubectl\s+apply)\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Explicit();

        /// <summary>
        /// "Make sure that your clients and drivers support scram-sha-256", "ensure your plugins are compatible with 3.0", "make
        /// sure every consumer can read v2 events": a condition the upgrade needs, checked before it, whatever the rest of
        /// the sentence says happens after it ("as pods will get rotated after updating").
        /// </summary>
        [GeneratedRegex(@"\b(?:make\s+sure|ensure|verify|confirm|check)\s+(?:that\s+)?(?:your|all|every|each|any|the)\b[^.;]{0,80}?\b(?:support|supports|are\s+compatible|is\s+compatible|work\s+with|works\s+with|can\s+(?:handle|read|use|connect\s+to|parse|understand))\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Precondition();

        /// <summary>
        /// "you should run the migration in a test environment first", "try the upgrade on a staging copy before production":
        /// a rehearsal outside production, done before the window, never a step of the production run.
        /// </summary>
        [GeneratedRegex(@"\b(?:in|on|against)\s+(?:a\s+|your\s+)?(?:test(?:ing)?|staging|non-production|pre-?production|development)\s+(?:environment|instance|system|server|database|copy|cluster|site)s?\b[^.;]{0,40}?\b(?:first|before)\b
            | \bfirst\s+(?:in|on)\s+(?:a\s+|your\s+)?(?:test(?:ing)?|staging|non-production|pre-?production)\s+(?:environment|instance|system|server|database|copy|cluster|site)s?\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Rehearse();

        /// <summary>"To restore the previous behavior …", "to keep the old default", "to keep the behavior unchanged", "set `pipefail` to `false` explicitly" (the old default pinned).</summary>
        [GeneratedRegex(@"\bto\s+(?:restore|keep|retain|preserve|get\s+back)\s+(?:the\s+)?(?:previous|old|former|prior|existing|current|legacy)\s+(?:behaviou?r|defaults?|values?|settings?)\b
            | \bto\s+keep\s+(?:the\s+)?(?:behaviou?r|defaults?)\s+(?:unchanged|as\s+(?:before|it\s+was))\b
            | \b(?:set|configure|pin)\s+(?:this|it|them|\S+)(?:\s+(?:to|as)\s+\S+)?\s+explicitly\b | \bexplicitly\s+(?:set|configure|pin)\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Restores();

        /// <summary>"To overcome this", "to work around this", "to avoid this".</summary>
        [GeneratedRegex(@"\bto\s+(?:overcome|work\s+around|get\s+around|avoid|prevent|resolve|fix)\s+(?:this|that|it|the\s+(?:error|failure|issue|problem))\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex WorksAround();

        /// <summary>"The upgrade will complain about …", "helm upgrade fails with …", "the installation may be rejected".</summary>
        [GeneratedRegex(@"\b(?:upgrade|update|installation|install|deployment|rollout|helm\s+upgrade|apply)\s+(?:will|may|would|might|can|could|then)?\s*(?:complain|fail|error|abort|break|be\s+rejected|refuse)\w*\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex UpgradeFails();

        [GeneratedRegex(@"\bafter\s+(?:you\s+(?:have\s+)?)?(?:upgrading|upgraded|upgrade|updating|updated|update|deploying|deployed|installing|migration|starting|the\s+(?:upgrade|update|deployment|rollout|migration|new\s+version))\b
            | \bonce\s+(?:you\s+have\s+|you've\s+)?(?:upgraded|updated|deployed|migrated|the\s+(?:upgrade|update|new\s+version|migration))\b
            | \bafter\s+[\w{}]+'s\s+start-?up\b | \bpost-?(?:upgrade|update|install)\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex After();

        /// <summary>"must first upgrade to 0.29.x", "upgrade to 0.29.x first", "do this first."</summary>
        [GeneratedRegex(@"\bfirst\s+(?:upgrade|update|migrate|run|install|remove|disable|apply|back\s+up|stop|drain)\b | \bfirst\s*(?:[.;:!)]|$)", Options, MatchBudget.Milliseconds)]
        private static partial Regex First();

        /// <summary>
        /// "must be re-created as separate plugins", "must be installed separately", "is now a separate package that must be
        /// installed": what the core no longer ships is in place before the new version starts, not once it runs.
        /// </summary>
        [GeneratedRegex(@"\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|should)\s+(?:now\s+)?be\s+(?:re-?created|re-?installed|installed|added|set\s+up|configured|enabled)\s+(?:as\s+(?:a\s+)?separate\s+\w+|separately|on\s+(?:its|their)\s+own)\b
            | \b(?:is|are)\s+now\s+(?:a\s+)?separate\s+(?:plugins?|packages?|extensions?|modules?|add-?ons?)\b[^.;]{0,40}?\b(?:must|need\s+to|has\s+to|have\s+to)\s+be\s+installed\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Separately();

        [GeneratedRegex(@"\bupgrade\s+to\s+v?\d[\w.-]*\s+(?:first|prior\s+to|before)\b | \bfirst\s+upgrade\s+to\s+v?\d", Options, MatchBudget.Milliseconds)]
        private static partial Regex ThroughVersion();

        [GeneratedRegex(@"\b(?:older|earlier|lower)\s+than\s+(?:version\s+)?v?\d | \bupgrading\s+from\s+(?:a\s+)?(?:version\s+)?(?:older|earlier|v?\d|versions?\s+(?:before|older|prior))", Options, MatchBudget.Milliseconds)]
        private static partial Regex Older();

        /// <summary>The new version will not start, or stops what runs, unless the action is done.</summary>
        [GeneratedRegex(@"\b(?:will|would|may|can)\s+(?:not\s+start|fail\s+to\s+start|refuse\s+to\s+start|break\s+(?:the\s+)?(?:[\w-]+\s+)?start-?up|fail\s+(?:on|at|during)\s+start-?up|prevent\b[^.;]{0,40}\bfrom\s+starting)
            | \b(?:will|would)\s+result\s+in\b[^.;]{0,60}\b(?:stop\w*|fail\w*|crash\w*|outage|downtime|data\s+loss|lost)\b
            | \botherwise\b[^.;]{0,60}?\b(?:will|would)\s+(?:be\s+(?:in\s+)?(?:an?\s+)?(?:unknown|failed|broken|degraded|error)\b|fail\b|break\b|lose\b|not\s+(?:start|work)\b)", Options, MatchBudget.Milliseconds)]
        private static partial Regex Breaks();

        /// <summary>The item after an action says what happens when it is not done.</summary>
        [GeneratedRegex(@"^(?:not\s+doing\s+so|otherwise|failing\s+to\s+do\s+so|failure\s+to\s+do\s+so|if\s+you\s+(?:don'?t|do\s+not))\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Otherwise();

        /// <summary>The action adapts what the operator has (applications, plugins, configuration) to what the new version accepts, rather than running a task on it.</summary>
        [GeneratedRegex(@"\b(?:must|need\s+to|needs\s+to|have\s+to)\s+(?:now\s+)?be\s+(?:updated|changed|adjusted|adapted|replaced|removed|converted|rewritten|migrated)\b
            | \byou\s+(?:will\s+)?(?:must|need\s+to|have\s+to|should)\s+(?:now\s+|also\s+)?(?:update|change|adjust|adapt|replace|remove|convert|rewrite)\b
            | \b(?:make\s+sure|ensure)\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Adapts();

        /// <summary>The new version no longer accepts the old form.</summary>
        [GeneratedRegex(@"\bno\s+longer\s+(?:supported|accepted|allowed|valid|works?|loads?|starts?)\b | \b(?:is|are)\s+(?:now\s+)?(?:rejected|refused|invalid)\b | \bwill\s+(?:be\s+rejected|fail\s+to\s+load|stop\s+working)\b", Options, MatchBudget.Milliseconds)]
        private static partial Regex Unsupported();
    }
}
