using System.Text;
using CollectionsInsight.Domain;

namespace CollectionsInsight.Reporting.Report;

/// <summary>
/// Masks personal data — phone numbers, email addresses, contact names — for reports that leave the
/// credit team: <c>+31 20 372 9001</c> → <c>+31 ** *** **01</c>, <c>anna@example.com</c> → <c>a***@example.com</c>,
/// <c>Anna de Vries</c> → <c>A. V****</c>. Company names and ids are not personal data and stay.
/// Masking the history once (<see cref="History"/>) masks everything computed from it (worklist, model
/// output); <see cref="Issue"/> covers the raw values quoted by the data-quality report.
/// </summary>
internal static class PiiMask
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

    /// <summary>A data-quality issue with its value masked (and quoted in the reason) when it is in a contact column.</summary>
    public static DataQualityIssue Issue(DataQualityIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var masked = issue.Column.ToLowerInvariant() switch
        {
            "phone" => Phone(issue.Value),
            "email" => Email(issue.Value),
            "contact_name" => ContactName(issue.Value),
            _ => issue.Value,
        } ?? "";
        return masked == issue.Value || issue.Value.Length == 0
            ? issue
            : issue with { Value = masked, Reason = issue.Reason.Replace(issue.Value, masked, StringComparison.Ordinal) };
    }

    private static string Stars(string word) => word[0] + new string('*', word.Length - 1);
}
