from ninja import Router
from ninja.errors import HttpError

from intercity.workspace.services import home_place, stats

router = Router(tags=["workspace"])


@router.get("/stats", summary="The home city's figures (the `intercity stats --json` contract)")
def get_stats(request):
    home = home_place()
    if home is None:
        raise HttpError(409, "no home city is set (intercity home NAME)")
    return stats(home)
