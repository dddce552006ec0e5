# 001_cancel.pl: statement_timeout stops long arnews work at once.
#
# With statement_timeout = '200ms', to_tsvector('arnews'), arnews_entities,
# arnews_quantities and arnews_dates on a ~100 MB Arabic text must fail with
# SQLSTATE 57014 within 1 second of wall time.
#
# Fetching (detoasting) a 100 MB value alone takes a few hundred ms, so at
# 200 ms the 100 MB cases may be cancelled before the engine starts.  A
# second set of cases on a 20 MB text proves that the engines' own loops
# are interruptible: a control query shows that fetching the 20 MB value
# fits well inside the timeout, and each engine needs several seconds on it,
# so only an interrupt check inside the engine can end it within 1 second.
#
# arnews_normalize checks for interrupts between 1 MB chunks.
use strict;
use warnings;
use Test::More;
use FindBin;
use lib $FindBin::Bin;
use ArnewsTap qw(psql_ok require_server);

require_server();

my $limit = 1.0;			# seconds of wall time allowed per cancelled call
my $db = 'arnews_tap_cancel';
psql_ok("DROP DATABASE IF EXISTS $db");
psql_ok("CREATE DATABASE $db TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");

my $s = ArnewsTap::Session->new(db => $db);
$s->ok_run('SET client_min_messages = warning;');
$s->ok_run('CREATE EXTENSION arnews;');

# A realistic news paragraph (names, places, dates, numbers, money, percent)
my $para = 'قال المتحدث باسم الكرملين دميتري بيسكوف في موسكو يوم 23 يناير 2026 '
  . 'إن الرئيس فلاديمير بوتين بحث مع نظيره الأميركي دونالد ترامب صفقة بقيمة '
  . '5 مليارات دولار، وارتفعت الأسعار بنسبة 3.5% خلال الأسبوع الماضي. ';

# The date engine reads the paragraph above at ~100 MB/s, so 20 MB of it can
# end inside the timeout: its 20 MB cases read a text dense with dates
# (about 3x the work per byte).
my $dates = 'يوم 23 يناير 2026 والخميس الماضي وقبل أسبوعين وفي الثالثة فجراً '
  . 'ومنذ شهر آذار 2025 وحتى نهاية العام المقبل، ';

# Build the texts server-side, outside any timeout (lz4 keeps the fetch fast)
$s->ok_run(
	"CREATE TEMP TABLE big (name text, t text COMPRESSION lz4);
	 INSERT INTO big SELECT 'big', repeat('$para', (100 * 1024 * 1024) / octet_length('$para'));
	 INSERT INTO big SELECT 'mid', repeat('$para', (20 * 1024 * 1024) / octet_length('$para'));
	 INSERT INTO big SELECT 'mid_dates', repeat('$dates', (20 * 1024 * 1024) / octet_length('$dates'));");
my $sizes = $s->ok_run("SELECT string_agg(name || '=' || octet_length(t), ' ' ORDER BY name) FROM big;");
note "texts: $sizes bytes";
like($sizes, qr/big=(\d+)/, 'the big text exists');
my ($big) = $sizes =~ /big=(\d+)/;
cmp_ok($big, '>=', 99 * 1024 * 1024, 'the big text is ~100 MB');

# Warm up: load the dictionary, the NER model and the date tables first,
# so that no case is cancelled while loading data files
$s->ok_run(
	"SELECT length(to_tsvector('arnews', '$para')),
	        (SELECT count(*) FROM arnews_entities('$para')),
	        (SELECT count(*) FROM arnews_quantities('$para')),
	        (SELECT count(*) FROM arnews_dates('$para', NULL));");

$s->ok_run("SET statement_timeout = '200ms';");

# Control: fetching the 20 MB text fits inside the timeout
my $ctl = $s->run("SELECT t LIKE 'x%' FROM big WHERE name = 'mid';");
is($ctl->{sqlstate}, '', sprintf('control: fetching the 20 MB text finishes under the timeout (%.3f s)', $ctl->{seconds}));
$ctl = $s->run("SELECT t LIKE 'x%' FROM big WHERE name = 'mid_dates';");
is($ctl->{sqlstate}, '', sprintf('control: fetching the 20 MB text of dates finishes under the timeout (%.3f s)', $ctl->{seconds}));

# [label, SQL with %s for the text name, TODO reason or undef, sizes,
#  text to read instead of the 20 MB paragraph]
my @cases = (
	[ 'to_tsvector', "SELECT length(to_tsvector('arnews', t)) FROM big WHERE name = '%s';", undef ],
	[ 'arnews_entities', "SELECT count(*) FROM big, arnews_entities(t) WHERE name = '%s';", undef ],
	[ 'arnews_quantities', "SELECT count(*) FROM big, arnews_quantities(t) WHERE name = '%s';", undef ],
	[ 'arnews_dates', "SELECT count(*) FROM big, arnews_dates(t, NULL) WHERE name = '%s';", undef, undef, 'mid_dates' ],
	[ 'arnews_dates (reference)', "SELECT count(*) FROM big, arnews_dates(t, '2026-02-04') WHERE name = '%s';", undef, undef, 'mid_dates' ],
	[ 'arnews_debug', "SELECT count(*) FROM big, arnews_debug(t) WHERE name = '%s';", undef ],
	[ 'arnews_entity_key', "SELECT length(arnews_entity_key(t)) FROM big WHERE name = '%s';", undef ],
	# the normalizer takes ~1.5 s on 100 MB and only ~0.2 s on 20 MB
	[ 'arnews_normalize', "SELECT length(arnews_normalize(t)) FROM big WHERE name = '%s';",
	  undef, 'big' ],
);

for my $size ('big', 'mid')
{
	for my $c (@cases)
	{
		my ($fn, $sql, $todo_reason, $only, $mid_text) = @$c;
		next if $only && $only ne $size;
		my $r = $s->run(sprintf($sql, $size eq 'mid' && $mid_text ? $mid_text : $size));
		my $label = sprintf('%s on the %s text: cancelled in %.3f s', $fn,
			$size eq 'big' ? '100 MB' : '20 MB', $r->{seconds});
	  TODO:
		{
			local $TODO = $todo_reason;
			is($r->{sqlstate}, '57014', "$label: SQLSTATE 57014")
			  or diag("out: $r->{out}\nerr: $r->{err}");
			cmp_ok($r->{seconds}, '<', $limit, "$label: within $limit s");
		}
	}
}

# The session is still usable after the cancellations
$s->ok_run('RESET statement_timeout;');
is($s->ok_run("SELECT count(*) FROM arnews_entities('$para');") > 0 ? 1 : 0, 1,
	'the backend still works after the cancellations');
$s->close;

psql_ok("DROP DATABASE $db");
done_testing();
