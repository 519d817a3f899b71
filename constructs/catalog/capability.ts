/**
 * Something a hub provides on demand: an operator or shared service that experiments need. An
 * experiment names what it needs by these objects, never by a string, and the hub installs the
 * catalog entry behind each capability only where an enabled experiment needs it.
 */
export class Capability {
  public constructor(
    /** A short name, as the cost report and the architecture document show it. */
    public readonly name: string,
    /** What it provides, one phrase. */
    public readonly description: string,
  ) {}

  public toString(): string {
    return this.name;
  }
}
