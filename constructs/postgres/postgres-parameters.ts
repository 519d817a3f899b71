import { ValidationError } from '../core/errors';

/**
 * Parameters CloudNativePG sets itself and refuses in `spec.postgresql.parameters` (its "fixed
 * parameters": addresses, WAL archiving, replication and TLS files are the operator's job; see
 * CloudNativePG 1.30 docs, "PostgreSQL Configuration").
 */
const OPERATOR_MANAGED: readonly string[] = [
  'allow_alter_system', 'archive_cleanup_command', 'archive_command', 'archive_mode', 'config_file',
  'data_directory', 'external_pid_file', 'full_page_writes', 'hba_file', 'hot_standby', 'ident_file',
  'jit_provider', 'listen_addresses', 'log_destination', 'log_directory', 'log_file_mode', 'log_filename',
  'log_rotation_age', 'log_rotation_size', 'log_truncate_on_rotation', 'logging_collector', 'port',
  'primary_conninfo', 'primary_slot_name', 'promote_trigger_file', 'recovery_end_command',
  'recovery_min_apply_delay', 'recovery_target', 'recovery_target_action', 'recovery_target_inclusive',
  'recovery_target_lsn', 'recovery_target_name', 'recovery_target_time', 'recovery_target_timeline',
  'recovery_target_xid', 'restart_after_crash', 'restore_command', 'shared_preload_libraries',
  'ssl', 'ssl_ca_file', 'ssl_cert_file', 'ssl_crl_file', 'ssl_dh_params_file', 'ssl_ecdh_curve',
  'ssl_key_file', 'ssl_passphrase_command', 'ssl_passphrase_command_supports_reload',
  'ssl_prefer_server_ciphers', 'stats_temp_directory', 'synchronous_standby_names', 'syslog_facility',
  'syslog_ident', 'syslog_sequence_numbers', 'syslog_split_messages', 'unix_socket_directories',
  'unix_socket_group', 'unix_socket_permissions', 'wal_level', 'wal_log_hints',
];

/** A parameter's name as PostgreSQL spells it (lower case, `_`; extensions add a `prefix.`). */
const NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;

/**
 * Checks PostgreSQL parameters for a Cluster: well-formed names, none the operator manages,
 * values written as PostgreSQL reads them (a number, a quantity like `256MB`, a word). Values are
 * strings in the CRD; numbers given here are turned into strings.
 */
export function checkPostgresParameters(where: string, field: string,
  parameters: Readonly<Record<string, string | number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(parameters).sort()) {
    if (!NAME.test(name)) {
      throw new ValidationError(where, `${field} name`, name, 'a PostgreSQL parameter name: lower case letters, digits and _, an optional extension prefix with a dot');
    }
    if (OPERATOR_MANAGED.includes(name)) {
      throw new ValidationError(where, `${field}.${name}`, parameters[name], 'not settable: CloudNativePG manages this parameter itself');
    }
    const value = parameters[name];
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== 'string' || text.trim() === '' || /[\n\r']/.test(text)) {
      throw new ValidationError(where, `${field}.${name}`, value, 'a finite number or a non-empty string on one line without quotes');
    }
    out[name] = text;
  }
  return out;
}
