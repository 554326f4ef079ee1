using System.Text.RegularExpressions;
using DeployBot.Core.Text;

namespace DeployBot.Core.Plans.Analysis;

/// <summary>
/// Risk terms in the other languages release notes are commonly written in (Spanish, German, French, Portuguese).
/// The plan itself stays in English; these only make sure a risky item is seen. Each pattern is matched next to the
/// English one of its area. A word spelled the same in English ("session") is left to the English list, which reads
/// it in context: alone, a changelog's `Session` is as often a client object or a protocol's session as a sign-in.
/// </summary>
internal static partial class LocalTerms
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    private const int TimeoutMs = MatchBudget.Milliseconds;

    [GeneratedRegex("""
        \b(?:tabla|tablas|columna|columnas|índice|migraci[oó]n(?:\s+de\s+(?:la\s+)?base)?|base\s+de\s+datos|esquema)\b
        | \b(?:tabelle|tabellen|spalte|spalten|datenbank\w*|schemamigration|datenbankmigration)\b
        | \b(?:colonne|colonnes|base\s+de\s+donn[ée]es|sch[ée]ma\s+de\s+base)\b
        | \b(?:tabela|tabelas|coluna|colunas|migra[çc][ãa]o|banco\s+de\s+dados)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Schema();

    [GeneratedRegex("""
        \b(?:inicio\s+de\s+sesi[oó]n|iniciar\s+sesi[oó]n|autenticaci[oó]n|autorizaci[oó]n|contraseñas?|sesi[oó]n|sesiones|permisos)\b
        | \b(?:anmeldung|authentifizierung|autorisierung|passw[oö]rter|passwort|kennwort|sitzung\w*|berechtigung\w*)\b
        | \b(?:connexion|authentification|autorisation|mots?\s+de\s+passe)\b
        | \b(?:autentica[çc][ãa]o|autoriza[çc][ãa]o|senhas?|sess[ãa]o|sess[õo]es|permiss[ãa]o|permiss[õo]es)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Auth();

    [GeneratedRegex("""
        \b(?:pasarela\s+de\s+pagos?|proveedor\s+de\s+pagos?|pagos?|pasarela)\b
        | \b(?:zahlungs\w*|schnittstelle\s+zu|drittanbieter\w*)\b
        | \b(?:passerelle\s+de\s+paiement|paiements?|prestataire\w*|partenaires?)\b
        | \b(?:gateway\s+de\s+pagamento|pagamentos?|provedor\s+de\s+pagamento|parceiros?)\b
        """, Options, TimeoutMs)]
    internal static partial Regex External();

    [GeneratedRegex("""
        \b(?:variables?\s+de\s+entorno|configuraci[oó]n|secretos?|claves?\s+de\s+api)\b
        | \b(?:umgebungsvariable\w*|konfiguration\w*|geheimnis\w*|api-schlüssel)\b
        | \b(?:variables?\s+d'environnement|cl[ée]s?\s+(?:d'\s*)?api|secrets?)\b
        | \b(?:vari[áa]ve(?:l|is)\s+de\s+ambiente|configura[çc][ãa]o|segredos?|chaves?\s+de\s+api)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Config();

    [GeneratedRegex("""
        \b(?:migraci[oó]n\s+de\s+datos|rellen(?:ar|o)|reindexar)\b
        | \b(?:datenmigration|daten\s+(?:migrieren|nachtragen|befüllen)|neu\s+indexieren)\b
        | \b(?:migration\s+de(?:s)?\s+donn[ée]es|r[ée]indexer|r[ée]indexation)\b
        | \b(?:migra[çc][ãa]o\s+de\s+dados|reindexar)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Data();

    /// <summary>Drop, delete, remove or rename, in the four languages.</summary>
    [GeneratedRegex("""
        \b(?:eliminar|elimina|eliminamos|borrar|borra|renombrar|renombra|quitar|suprimir)\b
        | \b(?:l[öo]schen|entfernen|entfernt|umbenennen|umbenannt|gel[öo]scht)\b
        | \b(?:supprimer|supprime|suppression|renommer|renomme|retirer)\b
        | \b(?:remover|excluir|exclui|apagar|renomear|renomeia)\b | \bremove\s+(?:a|o|as|os)\s+(?:colunas?|tabelas?|chaves?|vari[aá]ve(?:l|is)|configura\w*|[ií]ndices?|campos?)\b
        """, Options, TimeoutMs)]
    internal static partial Regex Removal();
}
