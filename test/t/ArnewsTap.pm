# ArnewsTap.pm: helpers shared by the arnews TAP tests (test/t/*.pl).
#
# The tests connect to the cluster that tools/test.sh started, through the
# exported PGHOST, PGPORT and PGUSER (never PostgreSQL::Test::Cluster, which
# runs initdb as the current user).  Client programs come from
# `$PG_CONFIG --bindir` (PG_CONFIG defaults to pg_config on PATH).
package ArnewsTap;

use strict;
use warnings;
use Exporter 'import';
use IPC::Run ();
use Time::HiRes ();

our @EXPORT_OK = qw(bindir pg_bin psql psql_ok require_server);

# Directory of the PostgreSQL client programs
sub bindir
{
	my $pgc = $ENV{PG_CONFIG} || 'pg_config';
	my $dir = `$pgc --bindir`;
	chomp $dir;
	die "cannot run $pgc --bindir\n" unless $dir && -d $dir;
	return $dir;
}

# Full path of one PostgreSQL program
sub pg_bin
{
	return bindir() . '/' . shift;
}

# Skip the whole test file when no server settings are exported
sub require_server
{
	unless ($ENV{PGHOST} && $ENV{PGPORT})
	{
		Test::More::plan(skip_all =>
			  'PGHOST/PGPORT not set: run through tools/test.sh (make test)');
	}
}

# Run SQL through psql -X -A -t -q; returns (exit code, stdout, stderr).
# Options: db => database (default postgres), user => role, stdin => 1 to
# feed the SQL on standard input instead of -c.
sub psql
{
	my ($sql, %o) = @_;
	my @cmd = (pg_bin('psql'), '-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1',
		'-v', 'VERBOSITY=verbose', '-d', $o{db} // 'postgres');
	push @cmd, '-U', $o{user} if $o{user};
	my ($out, $err) = ('', '');
	IPC::Run::run(\@cmd, '<', \$sql, '>', \$out, '2>', \$err);
	my $rc = $? >> 8;
	chomp $out;
	return ($rc, $out, $err);
}

# Run SQL that must succeed; dies with psql's message otherwise
sub psql_ok
{
	my ($sql, %o) = @_;
	my ($rc, $out, $err) = psql($sql, %o);
	die "psql failed ($rc): $err\nSQL: " . substr($sql, 0, 500) . "\n" if $rc != 0;
	return $out;
}

# ---------------------------------------------------------------------------
# A long-lived psql session: run statements one at a time and time them.
package ArnewsTap::Session;

# Start psql on database $db (options: user)
sub new
{
	my ($class, %o) = @_;
	my $self = bless { in => '', out => '', err => '', n => 0 }, $class;
	my @cmd = (ArnewsTap::pg_bin('psql'), '-X', '-A', '-t', '-q',
		'-v', 'VERBOSITY=verbose', '-d', $o{db} // 'postgres');
	push @cmd, '-U', $o{user} if $o{user};
	$self->{timer} = IPC::Run::timer($o{timeout} // 600);
	$self->{h} = IPC::Run::start(\@cmd, '<', \$self->{in}, '>', \$self->{out},
		'2>', \$self->{err}, $self->{timer});
	return $self;
}

# Run one SQL statement; returns a hash: sqlstate ('' on success), out,
# err, seconds (wall time from sending the statement to psql reporting it
# finished)
sub run
{
	my ($self, $sql, %o) = @_;
	my $mark = 'ARNEWS_TAP_DONE_' . ++$self->{n};
	$self->{out} = '';
	$self->{err} = '';
	$self->{timer}->start($o{timeout} // 600);
	my $t0 = Time::HiRes::time();
	$self->{in} .= "$sql\n\\echo $mark :SQLSTATE\n";
	$self->{h}->pump until $self->{out} =~ /$mark (\S*)/;
	my $secs = Time::HiRes::time() - $t0;
	my $state = $1;
	$state = '' if $state eq '00000';
	(my $out = $self->{out}) =~ s/\n?$mark.*//s;
	return { sqlstate => $state, out => $out, err => $self->{err}, seconds => $secs };
}

# Run SQL that must succeed; dies otherwise
sub ok_run
{
	my ($self, $sql) = @_;
	my $r = $self->run($sql);
	die "SQL failed ($r->{sqlstate}): $r->{err}\nSQL: " . substr($sql, 0, 500) . "\n"
	  if $r->{sqlstate} ne '';
	return $r->{out};
}

# The backend's process id
sub pid
{
	my $self = shift;
	return $self->ok_run('SELECT pg_backend_pid();');
}

# End the session
sub close
{
	my $self = shift;
	$self->{in} .= "\\q\n";
	$self->{h}->finish;
}

1;
