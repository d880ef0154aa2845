export interface DatabaseServer {
  host: string;
  port: number;
  user: string;
  password: string;
}
export function pgServer(): DatabaseServer;
export function mysqlServer(): DatabaseServer;
