/** One card of the settings page: a heading, an optional hint, the fields. */
import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

export const SettingsSection = ({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {hint ? (
        <Typography variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      ) : null}
      {children}
    </Flex>
  </Box>
);
