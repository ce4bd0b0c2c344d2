namespace LK3.Bot;

/// <summary>
/// What every page of ours is sent with: it runs only its own scripts and styles, cannot be framed, and tells no other site
/// where the reader was.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The files under wwwroot (the web chat's and the staff app's), with these headers whichever path a page is opened by.</summary>
    public static IApplicationBuilder UseStaticFilesWithSecurityHeaders(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => AddTo(file.Context.Response.Headers) });

    public static void AddTo(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
