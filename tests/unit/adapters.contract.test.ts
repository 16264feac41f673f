/** Every registered adapter meets the shared contract, the moment it is registered. */
import { ADAPTERS } from '@/lib/sites/registry';
import { adapterContract } from './adapter-contract';

for (const adapter of ADAPTERS) adapterContract(adapter);
