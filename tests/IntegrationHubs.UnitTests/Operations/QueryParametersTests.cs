using System.Reflection;
using IntegrationHubs.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace IntegrationHubs.UnitTests.Operations;

public sealed class QueryParametersTests
{
    /// <summary>
    /// The framework parses a typed [SupplyParameterFromQuery] itself and answers "?joined=x" or "?open=not-a-guid" with a 500
    /// before the page can say anything. Every page reads its query as text and parses it with RequestValues instead.
    /// </summary>
    [Fact]
    public void EveryQueryParameterOfEveryComponent_IsReadAsText()
    {
        var typed = typeof(ActionComponentBase).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(p => p.IsDefined(typeof(SupplyParameterFromQueryAttribute)) && p.PropertyType != typeof(string) && p.PropertyType != typeof(string[]))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name} ({p.PropertyType.Name})");

        typed.ShouldBeEmpty();
    }
}
