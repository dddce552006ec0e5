# 002_trusted.pl: arnews is a trusted extension that opens no door.
#
# A non-superuser who owns a database can CREATE EXTENSION arnews; no
# dictionary option can make the server read a file outside tsearch_data
# (options accept only [a-z0-9_] basenames: SQLSTATE 22023 "invalid text
# search configuration file name"); no function is SECURITY DEFINER; every
# SQL-language function (if any) has a fixed search_path; the extension's
# functions run with the caller's rights only.  A SQL function with a
# SQL-standard body (BEGIN ATOMIC) counts as schema-bound: its names are
# resolved by OID when the extension is created.
use strict;
use warnings;
use Test::More;
use FindBin;
use lib $FindBin::Bin;
use ArnewsTap qw(psql psql_ok require_server);

require_server();

my $role = 'arnews_tap_owner';
my $db = 'arnews_tap_trusted';

# clean up leftovers of an interrupted run, then create the role and database
sub cleanup
{
	psql("DROP DATABASE IF EXISTS $db");
	psql("DROP ROLE IF EXISTS $role");
}
cleanup();
psql_ok("CREATE ROLE $role LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
psql_ok("CREATE DATABASE $db OWNER $role TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");

is(psql_ok("SELECT string_agg(version || ':' || trusted, ' ' ORDER BY version) FROM pg_available_extension_versions WHERE name = 'arnews'"),
	psql_ok("SELECT string_agg(version || ':true', ' ' ORDER BY version) FROM pg_available_extension_versions WHERE name = 'arnews'"),
	'the control file marks arnews trusted (every version)');
like(psql_ok("SELECT string_agg(version, ' ') FROM pg_available_extension_versions WHERE name = 'arnews'"),
	qr/\b0\.1\.0\b/, 'the old version 0.1.0 is still installable');
is(psql_ok("SELECT rolsuper FROM pg_roles WHERE rolname = '$role'"), 'f', 'the test role is not a superuser');

# the database owner (not a superuser) installs the extension
my ($rc, $out, $err) = psql('CREATE EXTENSION arnews', db => $db, user => $role);
is($rc, 0, 'a non-superuser database owner can CREATE EXTENSION arnews') or diag($err);
is(psql_ok("SELECT r.rolname FROM pg_extension e JOIN pg_roles r ON r.oid = e.extowner WHERE extname = 'arnews'",
		db => $db), $role, 'the extension belongs to the database owner');
like(psql_ok("SELECT arnews_normalize('أَحْمَد') || ' ' || length(to_tsvector('arnews', 'قال الرئيس بوتين في موسكو'))",
		db => $db, user => $role), qr/^احمد \d+$/, 'the owner can use the extension');

# Dictionary options cannot name a path: each of these must fail with 22023
my @paths = ('../../../../etc/passwd', '/etc/passwd', '..', '../arnews',
	'./arnews', 'arnews/../../../../etc/passwd', 'ARNEWS', 'arnews.stop', 'a b');
my %good = (StopWords => 'arnews', Lexicon => 'arnews_lexicon', Names => 'arnews_names',
	Aliases => 'arnews_gazetteer');
for my $opt (sort keys %good)
{
	for my $p (@paths)
	{
		(my $lit = $p) =~ s/'/''/g;
		my ($rc, $out, $err) = psql(
			"CREATE TEXT SEARCH DICTIONARY x (TEMPLATE = arnews_template, $opt = '$lit')",
			db => $db, user => $role);
		# 'a b' is a list of two basenames: both are valid names, missing files (F0000)
		my $want = $p eq 'a b' ? 'F0000' : '22023';
		my $msg = $want eq '22023' ? 'invalid text search configuration file name'
		  : 'could not open arnews data file';
		isnt($rc, 0, "$opt = '$p' is refused");
		like($err, qr/ERROR:\s+$want: \Q$msg\E/, "$opt = '$p': SQLSTATE $want, documented message");
	}
	# a comma-separated list cannot smuggle a path either
	my ($rc, $out, $err) = psql(
		"CREATE TEXT SEARCH DICTIONARY x (TEMPLATE = arnews_template, $opt = '$good{$opt}, ../../../../etc/passwd')",
		db => $db, user => $role);
	like($err, qr/ERROR:\s+22023: invalid text search configuration file name/,
		"$opt: a path hidden in a list is refused with 22023");
}

# control: basenames in tsearch_data are accepted for the same user
($rc, $out, $err) = psql("CREATE TEXT SEARCH DICTIONARY tap_ok (TEMPLATE = arnews_template, "
	  . join(', ', map { "$_ = '$good{$_}'" } sort keys %good) . ");
	SELECT ts_lexize('tap_ok', 'بموسكو') IS NOT NULL; DROP TEXT SEARCH DICTIONARY tap_ok;",
	db => $db, user => $role);
is($rc, 0, 'control: a dictionary on shipped basenames works for the owner') or diag($err);

# ALTER of the shipped dictionary is refused (it belongs to the bootstrap superuser)
($rc, $out, $err) = psql("ALTER TEXT SEARCH DICTIONARY arnews_dict (StopWords = '../../../../etc/passwd')",
	db => $db, user => $role);
like($err, qr/ERROR:\s+(42501|22023):/, 'ALTER of arnews_dict with a path is refused');

# no object of the extension is usable to read or write files
my $ext_procs = "FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
	JOIN pg_language l ON l.oid = p.prolang
	WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
	  AND d.deptype = 'e'
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'arnews')";
my $nprocs = psql_ok("SELECT count(*) $ext_procs", db => $db);
cmp_ok($nprocs, '>', 0, "the extension has functions ($nprocs)");
is(psql_ok("SELECT coalesce(string_agg(p.oid::regprocedure::text, ', '), '') $ext_procs AND p.prosecdef", db => $db),
	'', 'no function is SECURITY DEFINER');
my $nsql = psql_ok("SELECT count(*) $ext_procs AND l.lanname NOT IN ('c', 'internal')", db => $db);
note "$nsql SQL-language (non-C) functions";
# a SQL-standard body (BEGIN ATOMIC) is parsed and bound by OID when the
# extension is created, so it is as safe as a schema-qualified body
note psql_ok("SELECT coalesce(string_agg(p.oid::regprocedure::text || ' ' || l.lanname || ' '
	|| CASE WHEN p.prosqlbody IS NOT NULL THEN 'BEGIN ATOMIC' ELSE coalesce(array_to_string(p.proconfig, ' '), 'no config') END,
	E'\n'), '') $ext_procs AND l.lanname NOT IN ('c', 'internal')", db => $db);
is(psql_ok("SELECT coalesce(string_agg(p.oid::regprocedure::text, ', '), '') $ext_procs
	AND l.lanname NOT IN ('c', 'internal')
	AND NOT (l.lanname = 'sql' AND p.prosqlbody IS NOT NULL)
	AND NOT coalesce(EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=%'), false)",
		db => $db),
	'', 'every SQL-language function has a fixed search_path or a SQL-standard (BEGIN ATOMIC) body');
is(psql_ok("SELECT coalesce(string_agg(p.oid::regprocedure::text, ', '), '') $ext_procs
	AND l.lanname NOT IN ('c', 'internal', 'sql', 'plpgsql')", db => $db),
	'', 'no function in an untrusted or unexpected language');

# the owner cannot drop a shipped object's protection by replacing a function
($rc, $out, $err) = psql("CREATE OR REPLACE FUNCTION arnews_normalize(text) RETURNS text LANGUAGE sql AS 'SELECT \$1'",
	db => $db, user => $role);
isnt($rc, 0, 'the owner cannot replace an extension function');

# dropping the extension works for its owner
($rc, $out, $err) = psql('DROP EXTENSION arnews', db => $db, user => $role);
is($rc, 0, 'the owner can DROP EXTENSION arnews') or diag($err);

# the owner can install the old version and update it (the upgrade scripts
# are trusted too), ending with the default version's objects
($rc, $out, $err) = psql("CREATE EXTENSION arnews VERSION '0.1.0'", db => $db, user => $role);
is($rc, 0, 'the owner can CREATE EXTENSION arnews VERSION 0.1.0') or diag($err);
($rc, $out, $err) = psql('ALTER EXTENSION arnews UPDATE', db => $db, user => $role);
is($rc, 0, 'the owner can ALTER EXTENSION arnews UPDATE') or diag($err);
is(psql_ok("SELECT extversion FROM pg_extension WHERE extname = 'arnews'", db => $db),
	psql_ok("SELECT default_version FROM pg_available_extensions WHERE name = 'arnews'"),
	'the update reaches the default version');
is(psql_ok("SELECT arnews_entity_key('لبوتين')", db => $db, user => $role), 'فلاديمير بوتين',
	'a function added by the update works for the owner');
is(psql_ok("SELECT coalesce(string_agg(p.oid::regprocedure::text, ', '), '') $ext_procs AND p.prosecdef", db => $db),
	'', 'no function is SECURITY DEFINER after the update');
($rc, $out, $err) = psql('DROP EXTENSION arnews', db => $db, user => $role);
is($rc, 0, 'the owner can drop the updated extension') or diag($err);

cleanup();
is(psql_ok("SELECT count(*) FROM pg_roles WHERE rolname = '$role'"), 0, 'role cleaned up');
is(psql_ok("SELECT count(*) FROM pg_database WHERE datname = '$db'"), 0, 'database cleaned up');
done_testing();
