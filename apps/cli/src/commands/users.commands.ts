import { AppError, systemActor } from '@coopex/domain';
import { createUser, findOrganisationByReference } from '@coopex/use-cases';
import type { Command } from 'commander';
import { withDatabase } from '../runtime';

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('Manage accounts (as the operator at the machine)');

  users
    .command('create')
    .description(
      'Create an account; the password comes from COOPEX_PASSWORD so it stays out of the shell history',
    )
    .requiredOption('--email <email>', 'the address the person signs in with')
    .requiredOption('--name <name>', 'the name shown to colleagues')
    .option('--admin', 'make the account a platform admin')
    .option('-o, --organisation <reference>', 'organisation to join: id, tax id (УНП/ИНН) or exact name')
    .option('--role <role>', 'admin or member of that organisation', 'member')
    .option('--buy', 'may publish hot lists for the organisation')
    .option('--supply', 'may change the organisation’s catalog')
    .addHelpText(
      'after',
      '\nExamples:\n  COOPEX_PASSWORD=… npx coopex users create --email it@coopex.example --name "IT" --admin\n  COOPEX_PASSWORD=… npx coopex users create --email buyer@plant.by --name "Buyer" -o 190123453 --role admin --buy --supply',
    )
    .action(
      async (options: {
        email: string;
        name: string;
        admin?: boolean;
        organisation?: string;
        role: string;
        buy?: boolean;
        supply?: boolean;
      }) =>
        withDatabase(async ({ database }) => {
          const password = process.env.COOPEX_PASSWORD;
          if (!password) {
            throw new AppError('validation_failed', 'Set COOPEX_PASSWORD to the new account’s password', {
              variable: 'COOPEX_PASSWORD',
            });
          }
          if (options.role !== 'admin' && options.role !== 'member') {
            throw new AppError('validation_failed', '--role is admin or member', { role: options.role });
          }
          const organisation = options.organisation
            ? await findOrganisationByReference({ database, reference: options.organisation })
            : undefined;
          const user = await createUser({
            database,
            actor: systemActor,
            email: options.email,
            displayName: options.name,
            password,
            isPlatformAdmin: options.admin === true,
            memberships: organisation
              ? [
                  {
                    organisationId: organisation.id,
                    role: options.role,
                    canBuy: options.buy === true,
                    canSupply: options.supply === true,
                  },
                ]
              : [],
          });
          console.log(
            `Created ${user.email}${user.isPlatformAdmin ? ' (platform admin)' : ''}${organisation ? `, ${options.role} of ${organisation.nameRu}` : ''}.`,
          );
        }),
    );
}
