import { UserService } from '@tradebridge/identity';
import { stringArg, type CliCommand } from './command.js';

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  summary: 'create a platform admin, or promote an existing user (ADMIN_EMAIL / ADMIN_PASSWORD work too)',
  usage: '--email admin@example.com --password "at least 10 chars" [--name "Display Name"]',
  async run(app, args) {
    const email = stringArg(args, 'email', process.env.ADMIN_EMAIL);
    const password = stringArg(args, 'password', process.env.ADMIN_PASSWORD);
    const name = typeof args.name === 'string' ? args.name : undefined;
    const { user, created } = await app.get(UserService).ensureAdmin(email, password, name);
    process.stdout.write(`${created ? 'Created' : 'Promoted'} admin ${user.email}\n`);
  },
};
