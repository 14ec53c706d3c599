using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace IntegrationHubs.Web.Components.Shared;

/// <summary>
/// Whether a page component holds the route values of the address the browser now shows. A page's query parameters follow
/// the address at once, inside the circuit, while its route parameters arrive only when the navigation's new page has been
/// fetched: in between, the page still holds the old values (a draft saved at <c>/initiatives/new</c> is shown at
/// <c>/initiatives/{id}</c> before its <c>Id</c> is set), and is not yet the page of that address.
/// </summary>
internal static class RenderedAddress
{
    private static readonly ConcurrentDictionary<Type, Page> Pages = new();

    /// <summary>True when one of <paramref name="component"/>'s routes matches <paramref name="path"/> with the values it holds.</summary>
    public static bool Holds(IComponent component, string path)
    {
        var page = Pages.GetOrAdd(component.GetType(), Describe);
        foreach (var matcher in page.Routes)
        {
            var values = new RouteValueDictionary();
            // Every route parameter of the page: one the matched route does not name must be empty on the page.
            if (matcher.TryMatch(path, values) && page.RouteParameters.All(name => Same(page, component, name, values.GetValueOrDefault(name))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(Page page, IComponent component, string name, object? routeValue)
    {
        if (!page.Parameters.TryGetValue(name, out var parameter))
        {
            return true;
        }

        var held = parameter.GetValue(component);
        var routed = Convert.ToString(routeValue, CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(routed)
            ? held is null || held is string { Length: 0 }
            : string.Equals(Convert.ToString(held, CultureInfo.InvariantCulture), routed, StringComparison.OrdinalIgnoreCase);
    }

    private static Page Describe(Type type)
    {
        var templates = type.GetCustomAttributes<RouteAttribute>(inherit: false).Select(route => TemplateParser.Parse(route.Template)).ToList();
        return new(
            [.. templates.Select(template => new TemplateMatcher(template, new RouteValueDictionary()))],
            [.. templates.SelectMany(template => template.Parameters).Select(p => p.Name!).Distinct(StringComparer.OrdinalIgnoreCase)],
            type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(p => p.IsDefined(typeof(ParameterAttribute)))
                .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Page(IReadOnlyList<TemplateMatcher> Routes, IReadOnlyList<string> RouteParameters, Dictionary<string, PropertyInfo> Parameters);
}
