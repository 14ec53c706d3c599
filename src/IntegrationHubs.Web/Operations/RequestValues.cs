using System.Globalization;

namespace IntegrationHubs.Web.Operations;

/// <summary>
/// Values read from a request's address or form (query strings, return addresses), parsed once here for every page and
/// endpoint. Anyone can type anything into an address: what does not parse, or lies outside what the product can compute
/// with, is "no value" (the caller answers 400 or shows its own message), never an exception.
/// </summary>
public static class RequestValues
{
    /// <summary>
    /// The earliest and latest dates taken from a request. A day's start in any time zone, a month or a year added to it
    /// (periods, series, the next day of a range) stays far inside what <see cref="DateTimeOffset"/> holds; 0001-01-01 or
    /// 9999-12-31 did not, and a list filtered "to 9999-12-31" answered 500.
    /// </summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(2199, 12, 31);

    /// <summary>A date written yyyy-MM-dd between <see cref="MinDate"/> and <see cref="MaxDate"/>.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && InRange(date);

    /// <summary>A month written yyyy-MM (its first day) between <see cref="MinDate"/> and <see cref="MaxDate"/>.</summary>
    public static bool TryMonth(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month) && InRange(month);

    /// <summary>A date as <see cref="TryDate"/> reads it, or null.</summary>
    public static DateOnly? Date(string? text) => TryDate(text, out var date) ? date : null;

    /// <summary>An id (a GUID in any of its usual forms), or null for anything else.</summary>
    public static Guid? Id(string? text) => Guid.TryParse(text, out var id) ? id : null;

    /// <summary>
    /// <paramref name="url"/> when it is an address inside this app by the very rule ASP.NET Core's local redirects apply
    /// (a single leading slash, no "//" or "/\", no control character such as a tab or a line break), else "/". A return
    /// address that passed a looser check once made the redirect itself throw: a 500 for a typed link.
    /// </summary>
    public static string LocalUrl(string? url) =>
        string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && (url[1] == '/' || url[1] == '\\')) || url.Any(char.IsControl)
            ? "/"
            : url;

    private static bool InRange(DateOnly date) => date >= MinDate && date <= MaxDate;
}
