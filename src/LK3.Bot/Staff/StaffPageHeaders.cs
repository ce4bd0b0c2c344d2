using Microsoft.AspNetCore.Mvc.Filters;

namespace LK3.Bot.Staff;

/// <summary>The staff pages are sent with <see cref="SecurityHeaders"/>, as the web chat is.</summary>
internal sealed class StaffPageHeaders : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context) => SecurityHeaders.AddTo(context.HttpContext.Response.Headers);

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
