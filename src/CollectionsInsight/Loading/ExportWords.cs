using CollectionsInsight.Domain;

namespace CollectionsInsight.Loading;

/// <summary>
/// The contract's words for channel, direction and outcome as collection systems write them for people: in any case,
/// with spaces, hyphens or points for the underscores (<c>Promise To Pay</c>, <c>no-answer</c>, <c>E-mail</c>), and
/// the industry's usual other names (<c>Call</c>, <c>PTP</c>, <c>Left message</c>). Only names with one meaning are
/// here: <c>Mail</c> is an email in one export and a letter in another, so it needs the mapping file's <c>values</c>,
/// unless the file names no other channel as email (the loader then reads it as email, with a warning).
/// </summary>
internal static class ExportWords
{
    public static bool TryParse<T>(ReadOnlySpan<char> text, out T value) where T : struct, Enum
    {
        value = default;
        text = text.Trim();
        if (text.Length > MaxLength) return false;
        Span<char> joined = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
            if (!IsJoiner(c)) joined[length++] = c;
        return Table<T>.ByJoinedWord.TryGetValue(joined[..length], out value);
    }

    /// <summary>
    /// A channel written with its direction before or after it, as CRMs and dialers name activities (<c>Outbound
    /// Call</c>, <c>Inbound Email</c>, <c>Call - Incoming</c>).
    /// </summary>
    public static bool TryParseWithDirection(ReadOnlySpan<char> text, out Channel channel, out Direction direction)
    {
        text = text.Trim();
        foreach (var (word, named) in DirectionWords)
        {
            direction = named;
            if (text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && IsJoiner(text[word.Length]))
                return TryParse(text[word.Length..], out channel);
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && IsJoiner(text[^(word.Length + 1)]))
                return TryParse(text[..^word.Length], out channel);
        }
        (channel, direction) = (default, default);
        return false;
    }

    private static readonly (string Word, Direction Direction)[] DirectionWords =
    [
        ("outbound", Direction.Outbound), ("outgoing", Direction.Outbound), ("inbound", Direction.Inbound), ("incoming", Direction.Inbound),
        ("ausgehend", Direction.Outbound), ("uitgaand", Direction.Outbound), ("sortant", Direction.Outbound),
        ("eingehend", Direction.Inbound), ("inkomend", Direction.Inbound), ("entrant", Direction.Inbound),
        ("saliente", Direction.Outbound), ("in uscita", Direction.Outbound), ("entrante", Direction.Inbound), ("in entrata", Direction.Inbound),
    ];

    /// <summary>True for <c>Mail</c> as a channel, which only the export's owner can read (see the class).</summary>
    public static bool IsAmbiguousChannel<T>(ReadOnlySpan<char> text) where T : struct, Enum =>
        typeof(T) == typeof(Channel) && text.Trim().Equals("mail", StringComparison.OrdinalIgnoreCase);

    private const int MaxLength = 40;

    private static bool IsJoiner(char c) => c is ' ' or '-' or '_' or '.';

    /// <summary>
    /// Other names, by the contract's word, as written in exports (before spaces, hyphens and points are taken out): in
    /// English, then German, Dutch and French, then Spanish, Italian and Portuguese.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> OtherNames = new Dictionary<string, string[]>
    {
        ["phone"] = ["call", "phone call", "telephone", "tel", "telefon", "anruf", "telefoon", "gebeld", "téléphone", "appel", "voice", "dialer", "llamada", "teléfono", "telefono", "chiamata", "telefonata", "ligação", "ligacao", "chamada", "telefone"],
        ["email"] = ["courriel", "correo electrónico", "correo electronico", "posta elettronica", "correio eletrônico", "correio eletronico"],
        ["sms"] = ["text", "text message"],
        ["letter"] = ["post", "postal", "brief", "lettre", "courrier", "carta", "lettera"],
        ["outbound"] = ["out", "outgoing", "ausgehend", "uitgaand", "sortant", "saliente", "in uscita", "saída", "saida"],
        ["inbound"] = ["in", "incoming", "eingehend", "inkomend", "entrant", "entrante", "in entrata", "entrada"],
        ["reached"] = ["answered", "connected", "spoke to customer", "spoke with customer", "right party contact", "rpc", "erreicht", "bereikt", "joint", "contactado", "contattato", "contatado"],
        ["voicemail"] = ["vm", "left message", "left voicemail", "message left", "mailbox", "left vm", "lvm", "answering machine", "anrufbeantworter", "répondeur", "buzón de voz", "buzon de voz", "segreteria", "segreteria telefonica", "caixa postal"],
        ["no_answer"] = ["busy", "not answered", "unanswered", "ring no answer", "rna", "no pickup", "keine antwort", "nicht erreicht", "geen antwoord", "pas de réponse", "sin respuesta", "no contesta", "nessuna risposta", "non risponde", "sem resposta", "não atende", "nao atende"],
        ["wrong_number"] = ["invalid number", "number disconnected", "not in service", "falsche nummer", "verkeerd nummer", "mauvais numéro", "número equivocado", "numero equivocado", "numero errato", "numero sbagliato", "número errado", "numero errado"],
        ["sent"] = ["delivered", "email sent", "sent email", "mail sent", "gesendet", "verstuurd", "envoyé", "enviado", "inviato"],
        ["bounced"] = ["bounce", "undeliverable", "bounced back", "email bounced", "hard bounce", "soft bounce", "delivery failed", "unzustellbar", "onbestelbaar", "non remis", "rebotado", "non recapitato", "devolvido"],
        ["replied"] = ["reply", "responded", "customer replied", "reply received", "response received", "beantwortet", "beantwoord", "répondu", "respondido", "risposto"],
        ["promise_to_pay"] = ["ptp", "promise", "promised", "payment promised", "promised payment", "payment promise", "zahlungszusage", "zahlungsversprechen", "betaalbelofte", "toezegging", "promesse de paiement", "promesa de pago", "promessa di pagamento", "promessa de pagamento"],
        ["dispute"] = ["disputed", "in dispute", "dispute raised", "reklamation", "einspruch", "betwist", "geschil", "litige", "contestation", "disputa", "reclamación", "reclamacion", "reclamo", "contestazione", "contestação", "contestacao"],
    };

    private static class Table<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByJoinedWord = Build();

        private static Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Build()
        {
            var table = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in Enum.GetValues<T>())
            {
                var word = member.ToWord();
                foreach (var name in OtherNames.GetValueOrDefault(word, []).Prepend(word))
                    table.Add(Joined(name), member);
            }
            return table.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        private static string Joined(string name) => string.Concat(name.Where(c => !IsJoiner(c)));
    }
}
