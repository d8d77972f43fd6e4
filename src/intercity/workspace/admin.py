from django.contrib import admin

from intercity.workspace.models import Workspace

admin.site.register(Workspace)
