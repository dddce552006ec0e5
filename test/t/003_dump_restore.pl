# 003_dump_restore.pl: pg_dump + pg_restore of a database that uses arnews
# gives identical query results.
#
# The source database has the extension, a text search configuration copied
# from arnews, an articles table with a generated tsvector column
# (to_tsvector('arnews', body)) and a GIN index, and a mentions table
# filled from arnews_entities.  It is dumped (custom format) and restored
# into a new database with the binaries of `pg_config --bindir`; websearch
# queries (counts and ids, through the GIN index and by sequential scan),
# the generated vectors themselves and mention counts by canonical key must
# be identical.
use strict;
use warnings;
use Test::More;
use File::Temp ();
use FindBin;
use lib $FindBin::Bin;
use ArnewsTap qw(pg_bin psql psql_ok require_server);
use ArnewsCorpus qw(corpus_values);

require_server();

my $src = 'arnews_tap_dump_src';
my $dst = 'arnews_tap_dump_dst';
psql_ok("DROP DATABASE IF EXISTS $_") for ($src, $dst);
psql_ok("CREATE DATABASE $src TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");

psql_ok(<<"SQL", db => $src);
SET client_min_messages = warning;
CREATE EXTENSION arnews;
CREATE TEXT SEARCH CONFIGURATION news_ar (COPY = arnews);
CREATE TABLE articles (
    id int PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('arnews', body)) STORED,
    title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('news_ar', title)) STORED
);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
INSERT INTO articles (id, title, body) VALUES
@{[ corpus_values() ]};
CREATE TABLE mentions AS
    SELECT a.id AS article_id, e.kind, e.surface, e.canonical, e.start, e.length
    FROM articles a, arnews_entities(a.body) e;
CREATE INDEX ON mentions (canonical);
CREATE INDEX ON mentions (article_id);
CREATE TABLE article_dates AS
    SELECT a.id AS article_id, d.*
    FROM articles a, arnews_dates(a.body, '2026-02-01') d;
SQL

my @queries = ('بوتين', 'ترامب', 'دونالد ترمب', 'الكرملين', 'موسكو or واشنطن',
	'"الدفاع الجوي"', 'غاز -الجزائر', 'منظمة الصحة العالمية', 'التضخم',
	'مليار دولار', 'قمة', 'الأمم المتحدة', 'كأس العالم', 'زيلينسكي', 'النفط أوبك',
	'السعودية', 'مصر', 'الانتخابات', 'الرئيس الروسي', 'الصين');

# The results compared before and after: one line per check
sub results
{
	my ($db) = @_;
	my %r;
	for my $scan ('index', 'seq')
	{
		my $set = $scan eq 'index'
		  ? 'SET enable_seqscan = off; SET enable_bitmapscan = on;'
		  : 'SET enable_bitmapscan = off; SET enable_indexscan = off;';
		for my $q (@queries)
		{
			(my $lit = $q) =~ s/'/''/g;
			$r{"$scan: $q"} = psql_ok(
				"$set SELECT count(*) || ' ' || coalesce(string_agg(id::text, ',' ORDER BY id), '')
				 FROM articles WHERE tsv @@ websearch_to_tsquery('arnews', '$lit')",
				db => $db);
		}
	}
	$r{'title search'} = psql_ok(
		"SELECT count(*) FROM articles WHERE title_tsv @@ websearch_to_tsquery('news_ar', 'قمة')", db => $db);
	$r{'vectors'} = psql_ok("SELECT md5(string_agg(tsv::text || title_tsv::text, '|' ORDER BY id)) FROM articles",
		db => $db);
	$r{'fresh vectors'} = psql_ok(
		"SELECT bool_and(tsv = to_tsvector('arnews', body) AND title_tsv = to_tsvector('news_ar', title)) FROM articles",
		db => $db);
	$r{'mentions by canonical'} = psql_ok(
		"SELECT md5(string_agg(canonical || ':' || n, '|' ORDER BY canonical))
		 FROM (SELECT canonical, count(*) AS n FROM mentions GROUP BY canonical) s", db => $db);
	$r{'mention count'} = psql_ok('SELECT count(*) FROM mentions', db => $db);
	$r{'top mentions'} = psql_ok(
		"SELECT string_agg(canonical || ':' || n, ', ') FROM
		 (SELECT canonical, count(*) AS n FROM mentions GROUP BY canonical ORDER BY n DESC, canonical LIMIT 5) s",
		db => $db);
	$r{'mentions recomputed'} = psql_ok(
		"SELECT count(*) FROM (SELECT a.id, e.* FROM articles a, arnews_entities(a.body) e
		  EXCEPT ALL SELECT * FROM mentions) s", db => $db);
	$r{'dates'} = psql_ok("SELECT count(*) || ' ' || md5(string_agg(article_id || surface || coalesce(span::text, ''), '|'
		ORDER BY article_id, start)) FROM article_dates", db => $db);
	return \%r;
}

my $before = results($src);
my $hits = grep { /^index/ && $before->{$_} !~ /^0 / } keys %$before;
cmp_ok($hits, '>=', 15, "most queries find articles before the dump ($hits of " . scalar(@queries) . ')');
cmp_ok($before->{'mention count'}, '>', 100, "mentions extracted ($before->{'mention count'})");
is($before->{'fresh vectors'}, 't', 'generated columns match to_tsvector');
is($before->{'mentions recomputed'}, '0', 'mentions match arnews_entities');
for my $q (@queries)
{
	is($before->{"seq: $q"}, $before->{"index: $q"}, "source: GIN index and sequential scan agree on '$q'");
}
note "top mentions: $before->{'top mentions'}";

# dump and restore
my $tmp = File::Temp->newdir();
my $file = "$tmp/arnews.dump";
my ($out, $err);
system(pg_bin('pg_dump'), '-Fc', '-f', $file, $src);
is($? >> 8, 0, 'pg_dump succeeds');
psql_ok("CREATE DATABASE $dst TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
my $log = "$tmp/restore.log";
system(pg_bin('pg_restore') . " --exit-on-error -d $dst '$file' >'$log' 2>&1");
my $rc = $? >> 8;
is($rc, 0, 'pg_restore succeeds without errors') or diag(`cat '$log'`);

my $after = results($dst);
for my $k (sort keys %$before)
{
	is($after->{$k}, $before->{$k}, "identical after restore: $k");
}
is(psql_ok("SELECT count(*) FROM pg_indexes WHERE indexname = 'articles_tsv'", db => $dst), 1,
	'the GIN index is restored');
is(psql_ok("SELECT extversion FROM pg_extension WHERE extname = 'arnews'", db => $dst),
	psql_ok("SELECT extversion FROM pg_extension WHERE extname = 'arnews'", db => $src),
	'the extension version is restored');

# a plain-format dump restores with psql too
system(pg_bin('pg_dump') . " -Fp -f '$tmp/arnews.sql' $src");
is($? >> 8, 0, 'plain pg_dump succeeds');
psql_ok("DROP DATABASE $dst");
psql_ok("CREATE DATABASE $dst TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
my ($prc, $pout, $perr) = psql(do { local $/; open(my $fh, '<', "$tmp/arnews.sql") or die; <$fh> }, db => $dst);
is($prc, 0, 'the plain dump restores with psql (ON_ERROR_STOP)') or diag($perr);
my $plain = results($dst);
is_deeply($plain, $before, 'identical results after the plain-format restore');

psql_ok("DROP DATABASE $_") for ($src, $dst);
done_testing();
