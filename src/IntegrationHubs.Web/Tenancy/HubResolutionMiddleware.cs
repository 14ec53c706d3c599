namespace IntegrationHubs.Web.Tenancy;

/// <summary>
/// Resolves <c>/hubs/{slug}/…</c> (and the API's <c>/api/v1/hubs/{slug}/…</c>) into the request's
/// <see cref="HubContext"/>. Unknown slugs are left unresolved; the page or endpoint answers 404.
/// </summary>
public sealed class HubResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, HubResolver resolver)
    {
        if (TryGetSlug(context.Request.Path, out var slug))
        {
            await resolver.EnterAsync(slug, context.RequestAborted);
        }

        await next(context);
    }

    internal static bool TryGetSlug(PathString path, out string slug)
    {
        slug = "";
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = segments switch
        {
            ["hubs", _, ..] => 1,
            ["api", "v1", "hubs", _, ..] => 3,
            _ => -1,
        };
        if (index < 0)
        {
            return false;
        }

        slug = Uri.UnescapeDataString(segments[index]).ToLowerInvariant();
        return true;
    }
}
