using System.Text;
using System.Text.RegularExpressions;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// Masks personal data — phone numbers, email addresses, contact names — for reports that leave the
/// credit team: <c>+31 20 372 9001</c> → <c>+31 ** *** **01</c>, <c>anna@example.com</c> → <c>a***@example.com</c>,
/// <c>Anna de Vries</c> → <c>A. V****</c>. Company names and ids are not personal data and stay.
/// Masking the history once (<see cref="History"/>) masks everything computed from it (worklist, model
/// output); <see cref="Issue"/> covers the raw values quoted by the data-quality report.
/// </summary>
internal static partial class PiiMask
{
    /// <summary>Keeps a leading <c>+country</c> group and the last two digits; every other digit becomes <c>*</c>.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return phone;
        var digits = phone.Count(char.IsAsciiDigit);
        var keepPrefix = phone.StartsWith('+') ? phone.TakeWhile(c => c == '+' || char.IsAsciiDigit(c)).Count() : 0;
        if (keepPrefix == phone.Length) keepPrefix = Math.Min(3, phone.Length);
        var text = new StringBuilder(phone.Length);
        var seen = 0;
        for (var i = 0; i < phone.Length; i++)
        {
            var c = phone[i];
            if (!char.IsAsciiDigit(c)) { text.Append(c); continue; }
            seen++;
            text.Append(i < keepPrefix || seen > digits - 2 ? c : '*');
        }
        return text.ToString();
    }

    /// <summary>Keeps the first character of the local part and the domain.</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrEmpty(email)) return email;
        var at = email.LastIndexOf('@');
        return at <= 0 ? Stars(email) : email[0] + "***" + email[at..];
    }

    /// <summary>The first name's initial and the last name's first letter, the rest as stars: <c>A. V****</c>.</summary>
    public static string? ContactName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 ? Stars(words[0]) : $"{words[0][0]}. {Stars(words[^1])}";
    }

    /// <summary>The history with every customer's contact name, phone and email masked; everything else unchanged.</summary>
    public static CollectionHistory History(CollectionHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var customers = history.Customers.Select(c => new Customer(c.CustomerId, c.Name, c.Segment, c.Country, c.TimeZone,
            c.PaymentTermsDays, c.CreditLimit, c.OnboardedOn, ContactName(c.ContactName), Phone(c.Phone), Email(c.Email)));
        return CollectionHistory.FromRecords(customers, history.Invoices.Select(i => i.Invoice), history.Payments,
            history.ContactAttempts, history.Quality);
    }

    /// <summary>
    /// A data-quality issue with its value masked (and quoted in the reason) when it is in a contact column or is a
    /// whole row's text ("(row)": a row rejected for its shape, whose text may hold any of its fields); a row rejected
    /// with its customer quotes that customer's issue in its reason, which is masked the same way.
    /// </summary>
    public static DataQualityIssue Issue(DataQualityIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var value = Value(issue.Column, issue.Value);
        var reason = QuotedIssue().Replace(issue.Reason, m =>
            m.Value.Replace($"value '{m.Groups["value"].Value}'", $"value '{Value(m.Groups["column"].Value, m.Groups["value"].Value)}'", StringComparison.Ordinal));
        if (value != issue.Value && issue.Value.Length > 0) reason = reason.Replace(issue.Value, value, StringComparison.Ordinal);
        return value == issue.Value && reason == issue.Reason ? issue : issue with { Value = value, Reason = reason };
    }

    /// <summary>A value quoted by the data-quality report, masked when its column holds personal data.</summary>
    private static string Value(string column, string value) => value.Length == 0 ? value : column.ToLowerInvariant() switch
    {
        "phone" => Phone(value)!,
        "email" => Email(value)!,
        "contact_name" => ContactName(value)!,
        "(row)" => Stars(value),
        _ => value,
    };

    /// <summary>Another issue quoted in a reason (<see cref="DataQualityIssue.ToString"/>): its column and value.</summary>
    [GeneratedRegex(@"line \d+, column (?<column>[^,]+), value '(?<value>.*?)': ")]
    private static partial Regex QuotedIssue();

    private static string Stars(string word) => word[0] + new string('*', word.Length - 1);
}
