using System.Text;
using System.Text.RegularExpressions;
using LK3.Bot.Channels;

namespace LK3.Tests.Unit;

public sealed partial class ReplySplitterTests
{
    [Fact]
    public void Short_text_is_one_unchanged_piece()
    {
        const string text = "<b>Halo</b> &amp; selamat datang.\nPilih menu.";

        Assert.Equal(text, Assert.Single(ReplySplitter.Split(text)));
    }

    [Fact]
    public void Long_text_is_cut_at_line_ends_into_pieces_that_fit_and_keep_every_word()
    {
        var builder = new StringBuilder();
        for (var line = 0; builder.Length < 10_000; line++)
        {
            builder.Append($"Baris {line}: keluarga kami membutuhkan bantuan konseling segera.\n");
        }
        var text = builder.ToString()[..10_000];

        var pieces = ReplySplitter.Split(text);

        Assert.True(pieces.Count >= 3, $"Expected at least 3 pieces, got {pieces.Count}.");
        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, ReplySplitter.MaxLength));
        Assert.All(pieces.Take(pieces.Count - 1), piece => Assert.EndsWith("segera.", piece));
        Assert.Equal(Words(text), pieces.SelectMany(Words));
    }

    [Theory]
    [InlineData(29)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(34)]
    public void A_cut_never_falls_inside_an_entity(int before)
    {
        // With maxLength 50 a piece holds 34 characters; the hard cut moves across "&amp;".
        var text = new string('x', before) + "&amp;" + new string('y', 30);

        var pieces = ReplySplitter.Split(text, maxLength: 50);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, AssertWellFormed);
        Assert.Equal(text, string.Concat(pieces));
    }

    [Theory]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(34)]
    public void A_cut_never_falls_inside_a_tag(int before)
    {
        var text = new string('x', before) + "<i>miring</i>" + new string('y', 30);

        var pieces = ReplySplitter.Split(text, maxLength: 50);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, AssertWellFormed);
        Assert.Equal(StripTags(text), StripTags(string.Concat(pieces)));
    }

    [Fact]
    public void A_bold_run_across_a_cut_is_closed_and_reopened()
    {
        var text = "<b>" + string.Join(' ', Enumerable.Repeat("penting", 800)) + "</b> selesai";

        var pieces = ReplySplitter.Split(text);

        Assert.Equal(2, pieces.Count);
        Assert.StartsWith("<b>penting", pieces[0]);
        Assert.EndsWith("penting</b>", pieces[0]);
        Assert.StartsWith("<b>penting", pieces[1]);
        Assert.EndsWith("penting</b> selesai", pieces[1]);
        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, ReplySplitter.MaxLength));
        Assert.Equal(Words(StripTags(text)), pieces.SelectMany(p => Words(StripTags(p))));
    }

    [Fact]
    public void A_single_long_word_is_hard_cut()
    {
        var word = new string('a', 9_000);

        var pieces = ReplySplitter.Split(word);

        Assert.Equal(3, pieces.Count);
        Assert.All(pieces, piece => Assert.InRange(piece.Length, 1, ReplySplitter.MaxLength));
        Assert.Equal(word, string.Concat(pieces));
    }

    private static void AssertWellFormed(string piece)
    {
        Assert.DoesNotMatch(BrokenEntity(), piece);
        Assert.DoesNotMatch(BrokenTag(), piece);
        Assert.Equal(Tags(piece, "<b>"), Tags(piece, "</b>"));
        Assert.Equal(Tags(piece, "<i>"), Tags(piece, "</i>"));
    }

    private static int Tags(string piece, string tag) => Regex.Count(piece, Regex.Escape(tag));

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static string StripTags(string text) => Regex.Replace(text, "</?[bi]>", "");

    /// <summary>An ampersand that does not start a whole entity, or a semicolon left from one.</summary>
    [GeneratedRegex("&(?![a-z]+;|#[0-9]+;)|^[a-z]*;")]
    private static partial Regex BrokenEntity();

    /// <summary>A tag cut open at either end of the piece.</summary>
    [GeneratedRegex("<[^>]*$|^[^<]*>")]
    private static partial Regex BrokenTag();
}
